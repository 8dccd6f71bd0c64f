package io.jplay.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A network namespace this test created, joined to the test's own namespace by a veth pair with a
 * /30 of its own ({@code 10.231.N.1} here, {@code 10.231.N.2} inside), and faults put on that link:
 * latency, packet loss, a cut. Made with {@code ip netns} and {@code tc} (root only); {@link #close()}
 * deletes the namespace, which also removes both ends of the pair. Nothing else on the machine is touched.
 *
 * <p>Latency and loss use {@code tc netem} where the kernel has it. Kernels built without netem (some
 * VM kernels) get the nearest thing {@code tc} still offers: a token bucket ({@code tbf}) at a low rate,
 * which holds packets back (latency), and with a queue of one packet, which drops what does not fit
 * (loss). {@link #emulation()} says which one is in use.
 */
public final class NetworkNamespace implements AutoCloseable {
    private final String name;
    private final String outside;
    private final String inside;
    private final int subnet;

    private NetworkNamespace(String name, String outside, String inside, int subnet) {
        this.name = name;
        this.outside = outside;
        this.inside = inside;
        this.subnet = subnet;
    }

    /**
     * Why namespaces cannot be made here (not root, no {@code ip} or {@code tc}, {@code ip netns add}
     * refused), or empty when they can: for a JUnit assumption.
     */
    public static Optional<String> unavailableReason() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return Optional.of("network namespaces need root");
        }
        for (String tool : List.of("/usr/sbin/ip", "/usr/sbin/tc")) {
            if (!new java.io.File(tool).canExecute() && !new java.io.File(tool.replace("/usr/sbin", "/sbin")).canExecute()) {
                return Optional.of(tool + " is not installed");
            }
        }
        String probe = "jplayprobe" + ProcessHandle.current().pid();
        try {
            run("ip", "netns", "add", probe);
            run("ip", "netns", "del", probe);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("ip netns is not usable: " + e.getMessage());
        }
    }

    /**
     * Creates namespace {@code jt<pid><tag>} with its link up; {@code index} (0-99) picks the /30
     * so that several namespaces of one test do not overlap.
     */
    public static NetworkNamespace create(String tag, int index) throws IOException {
        long pid = ProcessHandle.current().pid() % 100000;
        String name = "jt" + pid + tag;
        int subnet = (int) ((pid * 7 + index) % 250);
        NetworkNamespace ns = new NetworkNamespace(name, "jt" + pid + tag + "o", "jt" + pid + tag + "i", subnet);
        run("ip", "netns", "add", name);
        try {
            run("ip", "link", "add", ns.outside, "type", "veth", "peer", "name", ns.inside);
            run("ip", "link", "set", ns.inside, "netns", name);
            run("ip", "addr", "add", ns.hostAddress() + "/30", "dev", ns.outside);
            run("ip", "link", "set", ns.outside, "up");
            run("ip", "-n", name, "addr", "add", ns.address() + "/30", "dev", ns.inside);
            run("ip", "-n", name, "link", "set", ns.inside, "up");
            run("ip", "-n", name, "link", "set", "lo", "up");
        } catch (IOException e) {
            ns.close();
            throw e;
        }
        return ns;
    }

    /** The address inside the namespace. */
    public String address() {
        return "10.231." + subnet + ".2";
    }

    /** This side's address on the link. */
    public String hostAddress() {
        return "10.231." + subnet + ".1";
    }

    /** {@code command} run inside the namespace ({@code ip netns exec}, which execs it: same PID). */
    public ProcessBuilder processInside(List<String> command) {
        List<String> all = new ArrayList<>(List.of("ip", "netns", "exec", name));
        all.addAll(command);
        return new ProcessBuilder(all);
    }

    /** {@code netem} where the kernel has it, else {@code tbf} (see the class comment). */
    public String emulation() {
        try {
            run("tc", "qdisc", "replace", "dev", outside, "root", "netem", "delay", "1ms");
            run("tc", "qdisc", "del", "dev", outside, "root");
            return "netem";
        } catch (IOException e) {
            return "tbf";
        }
    }

    /** Packets towards the namespace are held back: netem's fixed delay, or a slow token bucket. */
    public void addLatency(int millis) throws IOException {
        if (emulation().equals("netem")) {
            qdisc("netem", "delay", millis + "ms");
        } else {
            // 64 kbit/s: a full-size packet waits about 190 ms behind the one before it
            qdisc("tbf", "rate", "64kbit", "burst", "1600", "latency", Math.max(millis, 50) * 10 + "ms");
        }
    }

    /** Packets towards the namespace are dropped now and then: netem's random loss, or a one-packet queue. */
    public void addLoss(int percent) throws IOException {
        if (emulation().equals("netem")) {
            qdisc("netem", "loss", percent + "%");
        } else {
            qdisc("tbf", "rate", "256kbit", "burst", "1600", "limit", "1600");
        }
    }

    /** The link goes dark: the far end is down, every packet is lost, nothing is refused. */
    public void cut() throws IOException {
        run("ip", "-n", name, "link", "set", inside, "down");
    }

    /** Back to a clean link: no queueing discipline, both ends up. */
    public void heal() throws IOException {
        try {
            run("tc", "qdisc", "del", "dev", outside, "root");
        } catch (IOException e) {
            // there was none
        }
        run("ip", "-n", name, "link", "set", inside, "up");
        // the neighbour entry the cut left FAILED answers "No route to host" for a while: forget it, then wait
        // until the far end takes a connection again, so the next step starts on a link that works
        try {
            run("ip", "neigh", "flush", "dev", outside);
        } catch (IOException e) {
            // nothing cached
        }
        awaitPort(22, java.time.Duration.ofSeconds(20));
    }

    private void awaitPort(int port, java.time.Duration limit) throws IOException {
        long deadline = System.nanoTime() + limit.toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline) {
            try (java.net.Socket s = new java.net.Socket()) {
                s.connect(new java.net.InetSocketAddress(address(), port), 1000);
                return;
            } catch (IOException e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted waiting for " + address() + ":" + port, e);
            }
        }
        throw new IOException(address() + ":" + port + " still unreachable " + limit.toSeconds() + " s after the heal", last);
    }

    private void qdisc(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("tc", "qdisc", "replace", "dev", outside, "root"));
        cmd.addAll(List.of(args));
        run(cmd.toArray(String[]::new));
    }

    /** Deletes the namespace (the veth pair goes with it); processes started inside must be stopped first. */
    @Override
    public void close() throws IOException {
        run("ip", "netns", "del", name);
    }

    private static void run(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + ": " + new String(out, StandardCharsets.UTF_8).strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
    }
}
