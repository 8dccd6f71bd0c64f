package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opt-in soak: one run of {@code jplay.soak.hosts} local hosts (default 500, aliases with
 * {@code ansible_connection=local}) by {@code jplay.soak.tasks} tasks (default 200: set_fact, a
 * templated assert and debug in turn, and a command on the host every 50th task), in-process, its
 * output streamed to a file. Checks that nothing is lost (every host in the recap with every task
 * counted, one result line per host and task) and that memory stays bounded: the heap in use after
 * a full collection, sampled every 2 s, may not grow past the warm-up level by more than half plus
 * 64 MiB. The samples are written to {@code target/soak-heap.csv}. Never part of {@code mvn test};
 * see docs/performance.md for the command.
 */
@Tag("soak")
@Tag("slow")
@EnabledIfSystemProperty(named = "jplay.soak", matches = "true")
class SoakTest {
    private static final long MIB = 1024 * 1024;

    @Test
    void manyHostsByManyTasksLoseNothingAndKeepMemoryBounded(@TempDir Path work) throws Exception {
        int hosts = Integer.getInteger("jplay.soak.hosts", 500);
        int tasks = Integer.getInteger("jplay.soak.tasks", 200);
        writeRun(work, hosts, tasks);
        List<long[]> samples = new ArrayList<>();
        long start = System.nanoTime();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> {
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            synchronized (samples) {
                samples.add(new long[] {TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), used});
            }
        }, 0, 2, TimeUnit.SECONDS);
        Path output = work.resolve("output.txt");
        int code;
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(output));
             PrintStream out = new PrintStream(file, false, StandardCharsets.UTF_8)) {
            Map<String, String> env = new HashMap<>(System.getenv());
            env.keySet().removeIf(k -> k.startsWith("ANSIBLE_"));
            code = new Jplay(env, work, new Terminal(out, System.err, false, 0, null))
                    .execute("-f", "50", "-i", "hosts", "p.yml");
        } finally {
            sampler.shutdown();
            sampler.awaitTermination(30, TimeUnit.SECONDS);
        }
        writeSamples(samples);
        assertEquals(0, code);
        assertNothingLost(output, hosts, tasks);
        assertHeapBounded(samples);
    }

    private static void writeRun(Path work, int hosts, int tasks) throws IOException {
        StringBuilder ini = new StringBuilder("[soak]\n");
        for (int h = 1; h <= hosts; h++) {
            ini.append(String.format("s%04d ansible_connection=local ansible_python_interpreter=/usr/bin/python3%n", h));
        }
        Files.writeString(work.resolve("hosts"), ini.toString());
        StringBuilder play = new StringBuilder("- hosts: soak\n  gather_facts: false\n  tasks:\n");
        for (int t = 1; t <= tasks; t++) {
            if (t % 50 == 0) {
                play.append("    - command: echo {{ inventory_hostname }} ").append(t).append('\n');
            } else if (t % 3 == 1) {
                play.append("    - set_fact:\n        v").append(t % 10).append(": \"{{ inventory_hostname }}-")
                        .append(t).append("\"\n");
            } else if (t % 3 == 2 && (t - 1) % 50 != 0) {
                play.append("    - assert:\n        that: v").append((t - 1) % 10).append(" == inventory_hostname ~ '-")
                        .append(t - 1).append("'\n        quiet: true\n");
            } else {
                play.append("    - debug:\n        msg: \"{{ inventory_hostname }} ").append(t).append("\"\n");
            }
        }
        Files.writeString(work.resolve("p.yml"), play.toString());
    }

    /** Every host in the recap with all its tasks ok, and one result line per host and task. */
    private static void assertNothingLost(Path output, int hosts, int tasks) throws IOException {
        int commands = tasks / 50;
        Pattern recap = Pattern.compile("^(s\\d{4}) +: ok=(\\d+) +changed=(\\d+) +unreachable=0 +failed=0 ", Pattern.MULTILINE);
        long results = 0;
        Map<String, Integer> recapOk = new HashMap<>();
        try (var lines = Files.lines(output, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.startsWith("ok: [s") || line.startsWith("changed: [s")) {
                    results++;
                }
                Matcher m = recap.matcher(line);
                if (m.find()) {
                    assertEquals(commands, Integer.parseInt(m.group(3)), line);
                    recapOk.put(m.group(1), Integer.parseInt(m.group(2)));
                }
            }
        }
        assertEquals(hosts, recapOk.size(), "hosts in the recap");
        recapOk.forEach((host, ok) -> assertEquals(tasks, ok, host));
        assertEquals((long) hosts * tasks, results, "result lines");
    }

    /** The last third of the run may not hold more than the warm-up's peak plus half plus 64 MiB. */
    private static void assertHeapBounded(List<long[]> samples) {
        assertTrue(samples.size() >= 6, "too short a run to judge memory: " + samples.size() + " samples");
        int third = samples.size() / 3;
        long warm = samples.subList(1, third + 1).stream().mapToLong(s -> s[1]).max().orElseThrow();
        long late = samples.subList(samples.size() - third, samples.size()).stream().mapToLong(s -> s[1]).max()
                .orElseThrow();
        assertTrue(late <= warm * 3 / 2 + 64 * MIB,
                "heap grew from " + warm / MIB + " MiB after warm-up to " + late / MIB + " MiB");
    }

    private static void writeSamples(List<long[]> samples) throws IOException {
        StringBuilder csv = new StringBuilder("seconds,heap_used_mib\n");
        synchronized (samples) {
            samples.forEach(s -> csv.append(s[0]).append(',').append(s[1] / MIB).append('\n'));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/soak-heap.csv"), csv.toString());
    }
}
