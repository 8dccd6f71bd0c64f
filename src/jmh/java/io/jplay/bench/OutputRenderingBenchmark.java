package io.jplay.bench;

import io.jplay.output.DefaultCallback;
import io.jplay.output.OutputSettings;
import io.jplay.output.RunListener;
import io.jplay.output.RunStats;
import io.jplay.result.TaskResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The default callback on the event stream of a play: banner, then for each of 10 tasks a task
 * banner and one result per host ({@code changed} command results, or {@code ok} debug results that
 * print their message), then the recap. Reported per play; divide by hosts × 10 for a host-task.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OutputRenderingBenchmark {
    static final int TASKS = 10;

    @Param({"20", "200"})
    public int hosts;

    private List<String> names;
    private TaskResult command;
    private TaskResult debug;
    private RunStats stats;

    @Setup
    public void setUp() {
        names = new ArrayList<>();
        Map<String, RunStats.HostStats> perHost = new TreeMap<>();
        for (int i = 1; i <= hosts; i++) {
            String name = String.format("h%03d", i);
            names.add(name);
            perHost.put(name, new RunStats.HostStats(TASKS, TASKS / 2, 0, 0, 0, 0, 0));
        }
        Map<String, Object> cmd = new LinkedHashMap<>();
        cmd.put("changed", true);
        cmd.put("stdout", "");
        cmd.put("stderr", "");
        cmd.put("rc", 0L);
        cmd.put("cmd", List.of("/bin/true"));
        cmd.put("start", "2026-11-30 01:00:00.123456");
        cmd.put("end", "2026-11-30 01:00:00.125000");
        cmd.put("delta", "0:00:00.001544");
        cmd.put("msg", "");
        cmd.put("stdout_lines", List.of());
        cmd.put("stderr_lines", List.of());
        command = TaskResult.of(cmd);
        Map<String, Object> dbg = new LinkedHashMap<>();
        dbg.put("msg", "hello from a host with a message of moderate length");
        dbg.put("_ansible_verbose_always", true);
        dbg.put("changed", false);
        debug = TaskResult.of(dbg);
        stats = new RunStats(perHost, Map.of());
    }

    @Benchmark
    public int commandResults() {
        return play("command", command);
    }

    @Benchmark
    public int debugResults() {
        return play("debug", debug);
    }

    private int play(String action, TaskResult result) {
        StringBuilder out = new StringBuilder(1 << 16);
        StringBuilder err = new StringBuilder();
        RunListener callback = new DefaultCallback(OutputSettings.defaults(), out, err);
        callback.playStart(new RunListener.PlayStart("bench", names, false));
        for (int t = 0; t < TASKS; t++) {
            String task = "task " + t;
            callback.taskStart(new RunListener.TaskStart(task, action, false, "bench.yml:" + t, Map.of(), false));
            for (String host : names) {
                callback.hostResult(new RunListener.HostResult(host, null, task, action, result, false, false, false));
            }
        }
        callback.stats(stats);
        return out.length();
    }
}
