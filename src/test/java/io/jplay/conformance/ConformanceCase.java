package io.jplay.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One conformance playbook and what its comment header declares.
 *
 * <p>Header lines come first in the file, each {@code # key: value}:
 * <ul>
 *   <li>{@code feature} (required): the one feature the case exercises;</li>
 *   <li>{@code improvement}: a documented, intentional difference from Ansible; differences are reported, not failed;</li>
 *   <li>{@code known-difference}: a jplay bug the suite reports but does not fail on (for the integrator to fix);</li>
 *   <li>{@code args}: extra command-line arguments, split on blanks (e.g. {@code --tags x}, {@code --check});</li>
 *   <li>{@code env}: environment variables for both runs, {@code NAME=value} split on blanks
 *       (e.g. {@code ANSIBLE_INVENTORY_ENABLED=advanced_host_list,ini});</li>
 *   <li>{@code exit}: the exit code the case must end with (default 0);</li>
 *   <li>{@code requires}: comma-separated module names that must be registered in jplay, else the case is skipped
 *       ({@code python-modules}: a controller Python that imports ansible must exist).</li>
 * </ul>
 */
record ConformanceCase(String name, String feature, String improvement, String knownDifference, List<String> args,
        int exitCode, List<String> requires, Map<String, String> env) {

    private static final Pattern HEADER = Pattern.compile("^#\\s*([a-z-]+)\\s*:\\s*(.*?)\\s*$");

    static ConformanceCase read(Path file) throws IOException {
        String feature = null;
        String improvement = null;
        String known = null;
        List<String> args = new ArrayList<>();
        int exit = 0;
        List<String> requires = new ArrayList<>();
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#")) {
                break;
            }
            Matcher m = HEADER.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String value = m.group(2);
            switch (m.group(1)) {
                case "feature" -> feature = value;
                case "improvement" -> improvement = value;
                case "known-difference" -> known = value;
                case "args" -> args.addAll(List.of(value.split("\\s+")));
                case "env" -> {
                    for (String pair : value.split("\\s+")) {
                        int eq = pair.indexOf('=');
                        if (eq <= 0) {
                            throw new IOException(file + ": env entries are NAME=value, got " + pair);
                        }
                        env.put(pair.substring(0, eq), pair.substring(eq + 1));
                    }
                }
                case "exit" -> exit = Integer.parseInt(value);
                case "requires" -> {
                    for (String r : value.split(",")) {
                        requires.add(r.trim());
                    }
                }
                default -> throw new IOException(file + ": unknown header key " + m.group(1));
            }
        }
        if (feature == null) {
            throw new IOException(file + ": missing '# feature:' header");
        }
        return new ConformanceCase(file.getFileName().toString(), feature, improvement, known, List.copyOf(args), exit,
                List.copyOf(requires), Map.copyOf(env));
    }

    /** Differences in this case are expected (an improvement or a known jplay bug) and only reported. */
    boolean differencesAccepted() {
        return improvement != null || knownDifference != null;
    }

    @Override
    public String toString() {
        return name;
    }
}
