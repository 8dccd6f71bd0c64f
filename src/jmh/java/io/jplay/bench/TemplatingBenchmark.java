package io.jplay.bench;

import io.jplay.template.AnsibleTemplater;
import io.jplay.template.TemplateException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The templater on the strings every task argument goes through: text without {@code {{} (the
 * common case, must be nearly free), two variable references with an attribute, and a filter chain.
 * The parsed-template cache is warm after the first call, as in a run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TemplatingBenchmark {
    private AnsibleTemplater templater;
    private Map<String, Object> vars;

    @Setup
    public void setUp() {
        templater = new AnsibleTemplater(w -> { });
        vars = new HashMap<>();
        vars.put("name", "world");
        vars.put("r", Map.of("rc", 0L, "changed", true, "stdout", "ok"));
        vars.put("users", List.of(
                Map.of("name", "alice", "age", 3L),
                Map.of("name", "bob", "age", 5L),
                Map.of("name", "carol", "age", 7L),
                Map.of("name", "dave", "age", 1L)));
    }

    @Benchmark
    public Object plainText() throws TemplateException {
        return templater.template("/usr/bin/env sh -c 'exit 0' with no template in it", vars);
    }

    @Benchmark
    public Object twoVariables() throws TemplateException {
        return templater.template("Hello {{ name }}, rc={{ r.rc }}", vars);
    }

    @Benchmark
    public Object filterChain() throws TemplateException {
        return templater.template("{{ users | selectattr('age','gt',3) | map(attribute='name') | join(',') }}", vars);
    }

    @Benchmark
    public boolean conditional() throws TemplateException {
        return templater.isTrue("r.rc == 0 and 'ok' in r.stdout", vars);
    }
}
