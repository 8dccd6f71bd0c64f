package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jplay.testing.SshdServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opt-in soak over real OpenSSH: {@code jplay.soak.hosts} aliases (default 500) spread over
 * {@code jplay.soak.sshds} sshd instances on loopback (default 4) plus {@code jplay.soak.silent} hosts
 * (default 3) that accept TCP and never send a banner, by {@code jplay.soak.tasks} tasks (default
 * 200: a command on the target every 10th task, set_fact/assert/debug between). jplay runs as a
 * process of its own, with the launcher's JVM flags; every {@code jplay.soak.restart} seconds
 * (default 20) one sshd's listener is restarted by its PID (the established sessions stay, as with a
 * service restart), and only {@code jplay.soak.openTargets} hosts (default 100) keep their connections
 * open, so the others connect again and some meet a restarting sshd. Checks that nothing is lost: every host has a recap line; the silent hosts are
 * unreachable at once; every other host finished all its tasks or, when a connection fell into a
 * restart, is unreachable; and each host's result lines match its recap counts. Samples the jplay
 * process's resident memory ({@code VmRSS} in {@code /proc/PID/status}) every 2 s into
 * {@code target/soak-rss.csv} (jplay's output goes to {@code target/soak-output.txt}); the last third of the run may not exceed the warm-up peak by more than
 * half plus 64 MiB. Never part of {@code mvn test}; see docs/performance.md.
 */
@Tag("soak")
@Tag("slow")
@Tag("ssh")
@EnabledIfSystemProperty(named = "jplay.soak", matches = "true")
class SshSoakTest {
    private static final long MIB = 1024 * 1024;
    private static final int COMMAND_EVERY = 10;

    @Test
    void sshHostsWithRestartsAndSilentHostsLoseNothingAndKeepRssBounded(@TempDir Path work) throws Exception {
        assumeTrue(java.nio.file.Files.isExecutable(SshdServer.OPENSSH_SSHD), "needs OpenSSH's sshd");
        int hosts = Integer.getInteger("jplay.soak.hosts", 500);
        int tasks = Integer.getInteger("jplay.soak.tasks", 200);
        int silent = Integer.getInteger("jplay.soak.silent", 3);
        int restartSeconds = Integer.getInteger("jplay.soak.restart", 20);
        List<SshdServer> sshds = new ArrayList<>();
        List<ServerSocket> silentServers = new ArrayList<>();
        List<Socket> held = new CopyOnWriteArrayList<>();
        try {
            for (int i = 0; i < Integer.getInteger("jplay.soak.sshds", 4); i++) {
                SshdServer sshd = SshdServer.create();
                sshd.start();
                sshds.add(sshd);
            }
            for (int i = 0; i < silent; i++) {
                silentServers.add(silentServer(held));
            }
            writeRun(work, sshds, silentServers, hosts, tasks);
            Run run = runJplay(work, sshds, restartSeconds);
            writeSamples(run.rssSamples());
            // kept for reading after the run (the temporary directory goes)
            Files.copy(work.resolve("output.txt"), Path.of("target/soak-output.txt"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            int unreachable = assertNothingLost(work.resolve("output.txt"), hosts, silent, tasks);
            assertEquals(unreachable > 0 ? 4 : 0, run.exitCode(), "exit code (4 when a host was unreachable)");
            assertRssBounded(run.rssSamples());
        } finally {
            for (ServerSocket s : silentServers) {
                s.close();
            }
            for (Socket s : held) {
                s.close();
            }
            sshds.forEach(SshdServer::stop);
        }
    }

    private record Run(int exitCode, int restarts, List<long[]> rssSamples) {
    }

    /** Runs jplay as a process, restarting one sshd listener in turn and sampling RSS until it ends. */
    private static Run runJplay(Path work, List<SshdServer> sshds, int restartSeconds) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "-f", "50", "-T", "5", "-i", "hosts", "p.yml"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(work.resolve("output.txt").toFile()).redirectError(work.resolve("err.txt").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("ANSIBLE_") || k.startsWith("JPLAY_"));
        builder.environment().put("ANSIBLE_HOST_KEY_CHECKING", "False");
        builder.environment().put("HOME", work.toString());
        // fewer open targets than hosts: connections are closed and made again all through the run,
        // so some handshakes meet a restarting sshd
        builder.environment().put("JPLAY_SSH_OPEN_TARGETS", Integer.getInteger("jplay.soak.openTargets", 100).toString());
        long start = System.nanoTime();
        Process jplay = builder.start();
        List<long[]> samples = new ArrayList<>();
        int restarts = 0;
        long nextRestart = restartSeconds;
        try {
            while (!jplay.waitFor(2, TimeUnit.SECONDS)) {
                long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
                long rss = rssKib(jplay.pid());
                if (rss > 0) {
                    samples.add(new long[] {seconds, rss});
                }
                if (seconds >= nextRestart) {
                    sshds.get(restarts % sshds.size()).restartListener();
                    restarts++;
                    nextRestart = seconds + restartSeconds;
                }
            }
        } finally {
            jplay.destroyForcibly();
        }
        System.out.printf("soak: %d s, %d sshd restarts, exit code %d%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), restarts, jplay.exitValue());
        return new Run(jplay.exitValue(), restarts, samples);
    }

    /** {@code VmRSS} of a process in KiB, or -1 once it is gone. */
    static long rssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process ended between two samples
        }
        return -1;
    }

    /** A port that accepts connections and never says anything. */
    private static ServerSocket silentServer(List<Socket> held) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    held.add(server.accept());
                }
            } catch (IOException e) {
                // closed at the end of the test
            }
        }, "silent-host");
        acceptor.setDaemon(true);
        acceptor.start();
        return server;
    }

    private static void writeRun(Path work, List<SshdServer> sshds, List<ServerSocket> silent, int hosts, int tasks)
            throws IOException {
        StringBuilder ini = new StringBuilder("[soak]\n");
        for (int h = 1; h <= hosts; h++) {
            SshdServer sshd = sshds.get(h % sshds.size());
            ini.append(String.format("s%04d ansible_host=127.0.0.1 ansible_port=%d ansible_user=%s"
                    + " ansible_ssh_private_key_file=%s%n", h, sshd.port(), sshd.user(), sshd.clientKey()));
        }
        for (int i = 0; i < silent.size(); i++) {
            ini.append(String.format("quiet%d ansible_host=127.0.0.1 ansible_port=%d%n", i + 1,
                    silent.get(i).getLocalPort()));
        }
        Files.writeString(work.resolve("hosts"), ini.toString());
        StringBuilder play = new StringBuilder("- hosts: all\n  gather_facts: false\n  tasks:\n");
        int lastFact = 0;
        for (int t = 1; t <= tasks; t++) {
            if (t % COMMAND_EVERY == 1) {
                play.append("    - command: echo {{ inventory_hostname }} ").append(t).append('\n');
            } else if (t % 3 == 0) {
                play.append("    - set_fact:\n        v: \"{{ inventory_hostname }}-").append(t).append("\"\n");
                lastFact = t;
            } else if (t % 3 == 1 && lastFact > 0) {
                play.append("    - assert:\n        that: v == inventory_hostname ~ '-").append(lastFact)
                        .append("'\n        quiet: true\n");
            } else {
                play.append("    - debug:\n        msg: \"{{ inventory_hostname }} ").append(t).append("\"\n");
            }
        }
        Files.writeString(work.resolve("p.yml"), play.toString());
    }

    /**
     * Every host in the recap; silent hosts unreachable with nothing done; the others complete or
     * unreachable; per host, the result lines match the recap's ok + failed + unreachable. Returns how
     * many hosts were unreachable.
     */
    private static int assertNothingLost(Path output, int hosts, int silent, int tasks) throws IOException {
        Pattern recap = Pattern.compile(
                "^(s\\d{4}|quiet\\d+) +: ok=(\\d+) +changed=(\\d+) +unreachable=(\\d+) +failed=(\\d+) ");
        Pattern result = Pattern.compile("^(?:ok|changed|fatal|failed): \\[(s\\d{4}|quiet\\d+)\\]");
        Map<String, int[]> recapOf = new LinkedHashMap<>();
        Map<String, Integer> linesOf = new LinkedHashMap<>();
        try (var lines = Files.lines(output, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                Matcher r = result.matcher(line);
                if (r.find()) {
                    linesOf.merge(r.group(1), 1, Integer::sum);
                }
                Matcher m = recap.matcher(line);
                if (m.find()) {
                    recapOf.put(m.group(1), new int[] {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(4)),
                            Integer.parseInt(m.group(5))});
                }
            }
        }
        assertEquals(hosts + silent, recapOf.size(), "hosts in the recap");
        int complete = 0;
        int cutByRestart = 0;
        for (Map.Entry<String, int[]> e : recapOf.entrySet()) {
            int ok = e.getValue()[0];
            int unreachable = e.getValue()[1];
            int failed = e.getValue()[2];
            String host = e.getKey();
            assertEquals(0, failed, host + " failed");
            if (host.startsWith("quiet")) {
                assertEquals(0, ok, host);
                assertEquals(1, unreachable, host);
            } else if (unreachable == 0) {
                assertEquals(tasks, ok, host);
                complete++;
            } else {
                cutByRestart++;
            }
            assertEquals(ok + failed + unreachable, linesOf.getOrDefault(host, 0), host + ": result lines");
        }
        System.out.printf("soak: %d hosts complete, %d unreachable after a restart, %d silent%n", complete,
                cutByRestart, silent);
        assertTrue(complete > 0, "no host completed");
        return silent + cutByRestart;
    }

    /** The last third of the run may not hold more than the warm-up's peak RSS plus half plus 64 MiB. */
    private static void assertRssBounded(List<long[]> samples) {
        assertTrue(samples.size() >= 6, "too short a run to judge memory: " + samples.size() + " samples");
        int third = samples.size() / 3;
        long warm = samples.subList(1, third + 1).stream().mapToLong(s -> s[1]).max().orElseThrow();
        long late = samples.subList(samples.size() - third, samples.size()).stream().mapToLong(s -> s[1]).max()
                .orElseThrow();
        assertTrue(late * 1024 <= warm * 1024 * 3 / 2 + 64 * MIB,
                "RSS grew from " + warm / 1024 + " MiB after warm-up to " + late / 1024 + " MiB");
    }

    private static void writeSamples(List<long[]> samples) throws IOException {
        StringBuilder csv = new StringBuilder("seconds,rss_mib\n");
        samples.forEach(s -> csv.append(s[0]).append(',').append(s[1] / 1024).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/soak-rss.csv"), csv.toString());
    }
}
