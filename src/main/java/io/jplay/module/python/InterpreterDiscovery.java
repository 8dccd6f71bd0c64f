package io.jplay.module.python;

import io.jplay.connection.Connection;
import io.jplay.connection.ConnectionException;
import io.jplay.connection.ExecRequest;
import io.jplay.connection.ExecResult;
import io.jplay.connection.ShellQuote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ansible's Python interpreter discovery ({@code interpreter_python: auto} and its variants): one
 * command lists the platform, the bootstrap interpreters found and the OS release; the
 * distribution's platform Python is used when present, else the first found, with Ansible's
 * warnings (none in the {@code _silent} modes).
 */
final class InterpreterDiscovery {
    static final List<String> BOOTSTRAP = List.of("python3.11", "python3.10", "python3.9", "python3.8",
            "python3.7", "python3.6", "python3.5", "/usr/bin/python3", "/usr/libexec/platform-python",
            "python2.7", "/usr/bin/python", "python");
    private static final String DOC_LINK =
            "https://docs.ansible.com/ansible-core/2.14/reference_appendices/interpreter_discovery.html";
    private static final Pattern FOUND = Pattern.compile("(?s)PLATFORM[\\r\\n]+(.*)FOUND(.*)ENDFOUND(.*)");
    private static final Map<String, Map<String, String>> DISTRO_MAP = Map.of(
            "redhat", Map.of("6", "/usr/bin/python", "8", "/usr/libexec/platform-python", "9", "/usr/bin/python3"),
            "debian", Map.of("8", "/usr/bin/python", "10", "/usr/bin/python3"),
            "fedora", Map.of("23", "/usr/bin/python3"),
            "ubuntu", Map.of("14", "/usr/bin/python", "16", "/usr/bin/python3"));
    private static final Map<String, String> FAMILY = Map.ofEntries(
            Map.entry("ubuntu", "debian"), Map.entry("debian", "debian"), Map.entry("raspbian", "debian"),
            Map.entry("linuxmint", "debian"), Map.entry("kali", "debian"), Map.entry("devuan", "debian"),
            Map.entry("pop", "debian"), Map.entry("neon", "debian"), Map.entry("uos", "debian"),
            Map.entry("centos", "redhat"), Map.entry("rocky", "redhat"), Map.entry("almalinux", "redhat"),
            Map.entry("redhat", "redhat"), Map.entry("oracle", "redhat"), Map.entry("amazon", "redhat"),
            Map.entry("scientific", "redhat"), Map.entry("cloudlinux", "redhat"), Map.entry("fedora", "redhat"),
            Map.entry("virtuozzo", "redhat"), Map.entry("eurolinux", "redhat"));

    /** The interpreter to use and the warnings for the task's result. */
    record Discovered(String interpreter, List<String> warnings) {
    }

    private InterpreterDiscovery() {
    }

    static Discovered discover(Connection connection, String host, String mode) throws ConnectionException {
        boolean legacy = mode.startsWith("auto_legacy");
        boolean silent = mode.endsWith("_silent");
        List<String> warnings = new ArrayList<>();
        StringBuilder cmd = new StringBuilder("echo PLATFORM; uname; echo FOUND;");
        for (String py : BOOTSTRAP) {
            cmd.append(" command -v ").append(ShellQuote.quote(py)).append(';');
        }
        cmd.append(" echo ENDFOUND; cat /etc/os-release 2>/dev/null || cat /usr/lib/os-release 2>/dev/null");
        ExecResult res = connection.exec(ExecRequest.of(cmd.toString()));
        Matcher m = FOUND.matcher(res.stdoutText());
        if (!m.lookingAt()) {
            if (!silent) {
                warnings.add("Unhandled error in Python interpreter discovery for host " + host
                        + ": unexpected output from Python interpreter discovery");
                warnings.add(fallbackWarning("unknown", host, "/usr/bin/python"));
            }
            return new Discovered("/usr/bin/python", warnings);
        }
        String platform = m.group(1).strip().toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (String line : m.group(2).split("\\R")) {
            if (line.startsWith("/")) {
                found.add(line.strip());
            }
        }
        if (found.isEmpty()) {
            if (!silent) {
                warnings.add("No python interpreters found for host " + host + " (tried "
                        + io.jplay.python.PyRepr.repr(BOOTSTRAP) + ")");
            }
            return new Discovered("/usr/bin/python", warnings);
        }
        String platformPython = platform.equals("linux") ? platformPython(m.group(3)) : null;
        if (platformPython == null) {
            if (!silent) {
                warnings.add(fallbackWarning(platform, host, found.get(0)));
            }
            return new Discovered(found.get(0), warnings);
        }
        String[] distro = osRelease(m.group(3));
        if (legacy && !platformPython.equals("/usr/bin/python") && found.contains("/usr/bin/python")) {
            if (!silent) {
                warnings.add("Distribution " + distro[0] + " " + distro[1] + " on host " + host + " should use "
                        + platformPython + ", but is using /usr/bin/python for backward compatibility with prior "
                        + "Ansible releases. See " + DOC_LINK + " for more information");
            }
            return new Discovered("/usr/bin/python", warnings);
        }
        if (!found.contains(platformPython)) {
            if (!silent) {
                if (!BOOTSTRAP.contains(platformPython)) {
                    warnings.add("Platform interpreter " + platformPython + " on host " + host
                            + " is missing from bootstrap list");
                }
                warnings.add("Distribution " + distro[0] + " " + distro[1] + " on host " + host + " should use "
                        + platformPython + ", but is using " + found.get(0) + ", since the discovered platform "
                        + "python interpreter was not present. See " + DOC_LINK + " for more information.");
            }
            return new Discovered(found.get(0), warnings);
        }
        return new Discovered(platformPython, warnings);
    }

    private static String fallbackWarning(String platform, String host, String interpreter) {
        return "Platform " + platform + " on host " + host + " is using the discovered Python interpreter at "
                + interpreter + ", but future installation of another Python interpreter could change the meaning"
                + " of that path. See " + DOC_LINK + " for more information.";
    }

    /** The distribution's platform Python from the OS release text, or {@code null} when unknown. */
    static String platformPython(String osRelease) {
        String[] distro = osRelease(osRelease);
        if (distro[0].isEmpty() || distro[1].isEmpty()) {
            return null;
        }
        Map<String, String> versions = DISTRO_MAP.get(distro[0]);
        if (versions == null) {
            String family = FAMILY.get(distro[0]);
            versions = family == null ? null : DISTRO_MAP.get(family);
        }
        return versions == null ? null : fuzzyMatch(distro[1], versions);
    }

    /** {@code [id, version]} from os-release text (ID and VERSION_ID, unquoted). */
    static String[] osRelease(String text) {
        String id = "";
        String version = "";
        for (String line : text.split("\\R")) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip().replaceAll("^[\"']|[\"']$", "");
            if (key.equals("ID")) {
                id = value.toLowerCase(Locale.ROOT).replace(' ', '_');
                id = id.equals("ol") ? "oracle" : id;
            } else if (key.equals("VERSION_ID")) {
                version = value;
            }
        }
        return new String[] {id, version};
    }

    /** The entry for the highest map version not above {@code version} (the lowest if all are above). */
    static String fuzzyMatch(String version, Map<String, String> versions) {
        List<String> keys = new ArrayList<>(versions.keySet());
        keys.sort(InterpreterDiscovery::compareVersions);
        String pick = keys.get(0);
        for (String k : keys) {
            if (compareVersions(k, version) <= 0) {
                pick = k;
            }
        }
        return versions.get(pick);
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("[.\\-]");
        String[] y = b.split("[.\\-]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            if (i >= x.length) {
                return -1;
            }
            if (i >= y.length) {
                return 1;
            }
            int c = x[i].matches("\\d+") && y[i].matches("\\d+")
                    ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
