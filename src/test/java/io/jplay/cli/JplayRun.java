package io.jplay.cli;

import io.jplay.testing.AnsibleOracle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the jplay command line in-process, as a user would from a non-terminal shell, and keeps what it printed. */
record JplayRun(int exitCode, String stdout, String stderr) {

    /** What Ansible printed, in the same shape, to compare the two. */
    static JplayRun of(AnsibleOracle.Run ansible) {
        return new JplayRun(ansible.exitCode(), ansible.stdout(), ansible.stderr());
    }

    static JplayRun run(Path cwd, Map<String, String> extraEnv, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = new HashMap<>(System.getenv());
        env.keySet().removeIf(k -> k.startsWith("ANSIBLE_"));
        env.putAll(extraEnv);
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code = new Jplay(env, cwd, new Terminal(o, e, false, 0, null)).execute(args);
        o.flush();
        e.flush();
        return new JplayRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
