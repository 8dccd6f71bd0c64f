package io.jplay.bench;

import io.jplay.plugin.PluginHost;
import io.jplay.plugin.PluginKind;
import io.jplay.plugin.PluginVariables;
import io.jplay.plugin.PythonPlugins;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a run pays once for its first Python plugin: the co-process started and ready, with
 * ansible-core's plugin loaders imported ({@code startAndMissingLookup}: a lookup name no loader
 * finds), and the first filter call ({@code startAndFirstFilter}: the same, then the filter loader
 * reads ansible-core's builtin filter modules and the playbook's plugin). Needs {@code python3}
 * with ansible-core ({@code JPLAY_BENCH_PYTHON} names another interpreter).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 10)
@Fork(1)
public class PythonPluginStartBenchmark {
    private Path dir;
    private PythonPlugins plugins;

    @Setup(Level.Trial)
    public void files() throws IOException {
        dir = Files.createTempDirectory("jplay-bench-start");
        Files.createDirectories(dir.resolve("filter_plugins"));
        Files.writeString(dir.resolve("filter_plugins/paint.py"), "class FilterModule(object):\n"
                + "    def filters(self):\n        return {'paint': lambda v: 'blue:' + v}\n");
    }

    @Setup(Level.Invocation)
    public void bridge() {
        Path python = Path.of(System.getenv().getOrDefault("JPLAY_BENCH_PYTHON", "/usr/bin/python3"));
        plugins = new PythonPlugins(new PluginHost(() -> Optional.of(python), List::of, Map.of(), System.getenv(),
                dir, List.of(python.toString())));
        plugins.addPluginDirs(dir);
    }

    @TearDown(Level.Invocation)
    public void stop() {
        plugins.close();
    }

    @TearDown(Level.Trial)
    public void remove() throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Benchmark
    public Object startAndMissingLookup() {
        try {
            return plugins.call(PluginKind.LOOKUP, "jplay_bench_no_such_lookup", List.of(), Map.of(),
                    PluginVariables.NONE, w -> { });
        } catch (io.jplay.plugin.PluginException e) {
            return e.getMessage();
        }
    }

    @Benchmark
    public Object startAndFirstFilter() throws io.jplay.plugin.PluginException {
        return plugins.call(PluginKind.FILTER, "paint", List.of("sky"), Map.of(), PluginVariables.NONE, w -> { });
    }
}
