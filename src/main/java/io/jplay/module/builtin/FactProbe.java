package io.jplay.module.builtin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one shell script {@code setup} runs (coreutils only: {@code uname}, {@code id}, {@code date},
 * {@code nproc}, {@code cat}, {@code env}) and the sections of its output.
 */
final class FactProbe {
    static final List<String> FILES = List.of("/etc/os-release", "/etc/debian_version", "/etc/hosts", "/etc/passwd",
            "/etc/resolv.conf", "/proc/cpuinfo", "/proc/meminfo", "/proc/uptime", "/proc/loadavg", "/etc/machine-id",
            "/proc/sys/crypto/fips_enabled", "/sys/fs/selinux/enforce", "/proc/cmdline", "/proc/1/comm");
    /** Paths whose existence some fact depends on: package managers, init systems, AppArmor. */
    static final List<String> MARKERS = markers();

    private FactProbe() {
    }

    private static List<String> markers() {
        List<String> paths = new java.util.ArrayList<>();
        ManagerFacts.PKG_MGRS.forEach(e -> paths.add(e.getKey()));
        paths.addAll(ManagerFacts.OTHER_PATHS);
        paths.add("/sys/kernel/security/apparmor");
        return List.copyOf(new java.util.LinkedHashSet<>(paths));
    }

    static String script() {
        StringBuilder sh = new StringBuilder();
        sh.append("echo '@@section uname'; uname -s; uname -r; uname -v; uname -m; uname -n; ");
        sh.append("echo '@@section id'; id -u; id -g; id -un; id -ru; id -rg; ");
        sh.append("echo '@@section date'; date '+%s %N %Z %z'; ");
        sh.append("echo '@@section nproc'; nproc 2>/dev/null; ");
        sh.append("echo '@@section exists'; for f in ").append(String.join(" ", MARKERS))
                .append("; do if [ -e \"$f\" ]; then echo \"$f\"; fi; done; ");
        sh.append("echo '@@section bins'; (PATH=\"$PATH:/sbin:/usr/sbin:/usr/local/sbin\"; for b in systemctl initctl; ")
                .append("do command -v \"$b\" >/dev/null 2>&1 && echo \"$b\"; done); ");
        sh.append("echo '@@section init_link'; [ -L /sbin/init ] && readlink /sbin/init; ");
        sh.append("echo '@@section ps1'; [ -s /proc/1/comm ] || ps -p 1 -o comm 2>/dev/null | tail -n 1; ");
        sh.append("echo '@@section apt_flavor'; if [ -e /usr/bin/rpm ]; then ")
                .append("if /usr/bin/rpm -q --whatprovides /usr/bin/apt-get >/dev/null 2>&1; then echo apt_rpm; ")
                .append("else echo apt; fi; fi; ");
        for (String f : FILES) {
            sh.append("echo '@@section ").append(f).append("'; cat ").append(f).append(" 2>/dev/null; echo; ");
        }
        sh.append("echo '@@section env'; env -0 2>/dev/null || env");
        return sh.toString();
    }

    /** Splits the output into its sections by name; a file section holds the file's text. */
    static Map<String, String> sections(String output) {
        Map<String, String> sections = new LinkedHashMap<>();
        String marker = "@@section ";
        int at = output.indexOf(marker);
        while (at >= 0) {
            int eol = output.indexOf('\n', at);
            if (eol < 0) {
                break;
            }
            String name = output.substring(at + marker.length(), eol);
            int next = name.equals("env") ? -1 : output.indexOf("\n" + marker, eol);
            String body = next < 0 ? output.substring(eol + 1) : output.substring(eol + 1, next + 1);
            sections.put(name, body);
            at = next < 0 ? -1 : next + 1;
        }
        return sections;
    }
}
