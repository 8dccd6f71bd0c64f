package io.jplay.cli;

import io.jplay.config.AnsibleConfig;
import io.jplay.config.RunEnvironment;
import io.jplay.json.JsonWriter;
import io.jplay.output.DefaultCallback;
import io.jplay.output.JunitReportMerger;
import io.jplay.output.OutputSettings;
import io.jplay.output.RunStats;
import io.jplay.slice.JsonResultMerger;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code jplay merge [--output FILE] [--junit-output FILE] RESULT...}: joins the results of the slices
 * of one run ({@code --slice}) into the run's result. Json callback results ({@code *.json}) merge into
 * one json document written to {@code --output} ({@code -} for stdout); JUnit reports ({@code *.xml})
 * merge into {@code --junit-output}. It prints the whole fleet's PLAY RECAP and ends with the exit code
 * the unsliced run would have had: 4 when a host was unreachable, else 2 when one failed, else 0.
 */
final class MergeMode {
    static final String NAME = "merge";
    private static final String USAGE = "usage: jplay merge [--output FILE|-] [--junit-output FILE] RESULT...\n"
            + "  RESULT: a slice's json callback output (ANSIBLE_STDOUT_CALLBACK=json) or, ending in .xml, its\n"
            + "  JUnit report. Prints the PLAY RECAP of all slices and exits as the unsliced run would have.";

    private final RunEnvironment environment;
    private final Path cwd;
    private final Terminal terminal;
    private String output;
    private String junitOutput;
    private final List<String> results = new ArrayList<>();

    MergeMode(RunEnvironment environment, Terminal terminal) {
        this.environment = environment;
        this.cwd = environment.cwd();
        this.terminal = terminal;
    }

    /** {@code jplay merge ...}, unless a playbook is named {@code merge}. */
    static boolean requested(String[] args, Path cwd) {
        return args.length > 0 && args[0].equals(NAME) && !Files.exists(cwd.resolve(NAME));
    }

    int run(String[] args) {
        try {
            if (!parse(args)) {
                terminal.out().println(USAGE);
                return ExitCodes.OK;
            }
            return merge();
        } catch (CliException e) {
            if (e.exitCode() == ExitCodes.OPTIONS) {
                terminal.err().println(USAGE);
            }
            terminal.out().flush();
            terminal.err().println("ERROR! " + e.getMessage());
            return e.exitCode();
        }
    }

    /** Reads the arguments after {@code merge}; false for {@code --help}. */
    private boolean parse(String[] args) throws CliException {
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                return false;
            } else if (a.equals("--output") || a.equals("--junit-output")) {
                if (i + 1 >= args.length) {
                    throw new CliException(a + " needs a file name", ExitCodes.OPTIONS);
                }
                set(a, args[++i]);
            } else if (a.startsWith("--output=") || a.startsWith("--junit-output=")) {
                set(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            } else if (a.startsWith("-") && !a.equals("-")) {
                throw new CliException("unknown option for merge: " + a, ExitCodes.OPTIONS);
            } else {
                results.add(a);
            }
        }
        if (results.isEmpty()) {
            throw new CliException("merge needs the result files of the slices", ExitCodes.OPTIONS);
        }
        return true;
    }

    private void set(String option, String value) {
        if (option.equals("--output")) {
            output = value;
        } else {
            junitOutput = value;
        }
    }

    private int merge() throws CliException {
        JsonResultMerger json = new JsonResultMerger();
        JunitReportMerger junit = new JunitReportMerger();
        int jsonCount = 0;
        int junitCount = 0;
        for (String name : results) {
            String text = read(name);
            try {
                if (name.endsWith(".xml")) {
                    junit.add(name, text);
                    junitCount++;
                } else {
                    json.add(name, text);
                    jsonCount++;
                }
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage(), ExitCodes.ERROR);
            }
        }
        if (junitCount > 0 && junitOutput == null) {
            throw new CliException("JUnit reports given: say where the merged one goes with --junit-output",
                    ExitCodes.OPTIONS);
        }
        if (junitCount > 0) {
            write(junitOutput, junit.result());
        }
        if (jsonCount == 0) {
            return ExitCodes.OK;
        }
        boolean jsonOnStdout = "-".equals(output);
        if (output != null) {
            write(output, JsonWriter.python().sortKeys(true).indent(4).write(json.result()) + "\n");
        }
        RunStats stats = stats(json);
        new DefaultCallback(settings(), jsonOnStdout ? terminal.err() : terminal.out(), terminal.err()).stats(stats);
        return exitCode(stats);
    }

    /** As the unsliced run: unreachable hosts win over failed ones. */
    static int exitCode(RunStats stats) {
        if (stats.hosts().values().stream().anyMatch(s -> s.unreachable() > 0)) {
            return ExitCodes.UNREACHABLE_OR_PARSER;
        }
        return stats.hosts().values().stream().anyMatch(s -> s.failed() > 0) ? ExitCodes.FAILED_HOSTS : ExitCodes.OK;
    }

    private static RunStats stats(JsonResultMerger json) {
        Map<String, RunStats.HostStats> hosts = new LinkedHashMap<>();
        json.stats().forEach((host, value) -> {
            Map<?, ?> c = value instanceof Map<?, ?> m ? m : Map.of();
            hosts.put(host, new RunStats.HostStats(count(c, "ok"), count(c, "changed"), count(c, "unreachable"),
                    count(c, "failures"), count(c, "skipped"), count(c, "rescued"), count(c, "ignored")));
        });
        Map<String, Object> result = json.result();
        Map<String, Object> custom = new LinkedHashMap<>();
        if (result.get("custom_stats") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> custom.put(String.valueOf(k), v));
        }
        if (result.get("global_custom_stats") instanceof Map<?, ?> g && !g.isEmpty()) {
            custom.put("_run", g);
        }
        return new RunStats(hosts, custom);
    }

    private static int count(Map<?, ?> counts, String key) {
        return counts.get(key) instanceof Number n ? n.intValue() : 0;
    }

    private OutputSettings settings() throws CliException {
        AnsibleConfig config;
        try {
            config = environment.loadConfig();
        } catch (io.jplay.config.ConfigException e) {
            throw new CliException(e.getMessage(), ExitCodes.ERROR);
        }
        boolean color = config.forceColor() || (terminal.stdoutIsTty() && !config.nocolor());
        return OutputSettings.defaults().withColor(color).withCustomStats(config.showCustomStats());
    }

    private String read(String name) throws CliException {
        try {
            return name.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(cwd.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("cannot read the result " + name + ": " + e.getMessage(), ExitCodes.ERROR);
        }
    }

    private void write(String name, String text) throws CliException {
        if (name.equals("-")) {
            PrintStream out = terminal.out();
            out.print(text);
            out.flush();
            return;
        }
        try {
            Files.writeString(cwd.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("cannot write " + name + ": " + e.getMessage(), ExitCodes.ERROR);
        }
    }
}
