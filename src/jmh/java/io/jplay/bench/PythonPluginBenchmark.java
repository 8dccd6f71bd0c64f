package io.jplay.bench;

import io.jplay.plugin.PluginHost;
import io.jplay.plugin.PythonPlugins;
import io.jplay.template.AnsibleTemplater;
import io.jplay.template.Controller;
import io.jplay.template.TemplateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A filter from a playbook's {@code filter_plugins/} called through the Python bridge, the pipe
 * hot: one small string in, one out ({@code pythonFilter}), and a Java filter in the same template
 * for comparison ({@code javaFilter}, with and without plugin directories); the same over 1,000 items. Needs {@code python3} with ansible-core ({@code JPLAY_BENCH_PYTHON}
 * names another interpreter).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PythonPluginBenchmark {
    private PythonPlugins plugins;
    private AnsibleTemplater templater;
    private AnsibleTemplater withoutDirs;
    private Map<String, Object> vars;
    private Path dir;

    @Setup
    public void setUp() throws IOException, TemplateException {
        dir = Files.createTempDirectory("jplay-bench-plugins");
        Files.createDirectories(dir.resolve("filter_plugins"));
        Files.writeString(dir.resolve("filter_plugins/paint.py"), String.join("\n",
                "def paint(v, color='blue'):",
                "    return color + ':' + v",
                "class FilterModule(object):",
                "    def filters(self):",
                "        return {'paint': paint}",
                ""));
        Path python = Path.of(System.getenv().getOrDefault("JPLAY_BENCH_PYTHON", "/usr/bin/python3"));
        plugins = new PythonPlugins(new PluginHost(() -> Optional.of(python), List::of, Map.of(), System.getenv(),
                dir, List.of(python.toString())));
        plugins.addPluginDirs(dir);
        templater = new AnsibleTemplater(w -> { }, Controller.ofEnvironment(System.getenv()), plugins);
        withoutDirs = new AnsibleTemplater(w -> { }, Controller.ofEnvironment(System.getenv()),
                new PythonPlugins(new PluginHost(() -> Optional.of(python), List::of, Map.of(), System.getenv(), dir,
                        List.of(python.toString()))));
        vars = new HashMap<>();
        vars.put("word", "sky");
        vars.put("thousand", java.util.stream.IntStream.range(0, 1000).mapToObj(i -> "w" + i).toList());
        templater.template("{{ word | paint }}", vars);
    }

    @TearDown
    public void tearDown() throws IOException {
        plugins.close();
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Benchmark
    public Object pythonFilter() throws TemplateException {
        return templater.template("{{ word | paint }}", vars);
    }

    @Benchmark
    public Object javaFilter() throws TemplateException {
        return templater.template("{{ word | upper }}", vars);
    }

    /**
     * The Java filter where the run has no plugin directory: no look at whether a playbook's plugin
     * replaces it (javaFilter pays that look, answered from a cache after the first call).
     */
    @Benchmark
    public Object javaFilterWithoutPluginDirs() throws TemplateException {
        return withoutDirs.template("{{ word | upper }}", vars);
    }

    /** A loop of 1,000 items, each through the Python filter: the 0.2 s budget of docs/performance.md. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object pythonFilterThousandItems() throws TemplateException {
        return templater.template("{% for i in thousand %}{{ i | paint }}{% endfor %}", vars);
    }

    /** The same loop through a Java filter, for the difference. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object javaFilterThousandItems() throws TemplateException {
        return templater.template("{% for i in thousand %}{{ i | upper }}{% endfor %}", vars);
    }
}
