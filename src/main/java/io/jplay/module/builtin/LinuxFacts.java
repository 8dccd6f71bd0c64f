package io.jplay.module.builtin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns {@link FactProbe}'s sections into Ansible's facts, grouped by Ansible's collector names. */
final class LinuxFacts {
    private final Map<String, String> sections;
    private final Set<String> present;

    LinuxFacts(Map<String, String> sections) {
        this.sections = sections;
        this.present = new LinkedHashSet<>(lines("exists"));
    }

    private List<String> lines(String section) {
        String body = sections.getOrDefault(section, "");
        return body.isEmpty() ? List.of() : body.lines().toList();
    }

    private String file(String path) {
        return sections.getOrDefault(path, "").strip();
    }

    private String line(String section, int index) {
        List<String> l = lines(section);
        return index < l.size() ? l.get(index) : "";
    }

    /** Facts of the {@code platform} collector: system, kernel, architecture, host names. */
    Map<String, Object> platform() {
        Map<String, Object> f = new LinkedHashMap<>();
        String nodename = line("uname", 4);
        f.put("system", line("uname", 0));
        f.put("kernel", line("uname", 1));
        f.put("kernel_version", line("uname", 2));
        f.put("machine", line("uname", 3));
        f.put("architecture", line("uname", 3));
        f.put("nodename", nodename);
        f.put("hostname", nodename.split("\\.", 2)[0]);
        String fqdn = fqdn(nodename);
        f.put("fqdn", fqdn);
        int dot = fqdn.indexOf('.');
        f.put("domain", dot < 0 ? "" : fqdn.substring(dot + 1));
        String machineId = file("/etc/machine-id");
        if (!machineId.isEmpty()) {
            f.put("machine_id", machineId);
        }
        return f;
    }

    /** Python's {@code socket.getfqdn()} answered from {@code /etc/hosts} (no DNS on a coreutils target). */
    private String fqdn(String name) {
        String address = null;
        List<String[]> entries = new ArrayList<>();
        for (String l : file("/etc/hosts").lines().toList()) {
            String clean = l.replaceAll("#.*", "").strip();
            if (!clean.isEmpty()) {
                String[] words = clean.split("\\s+");
                entries.add(words);
                for (int i = 1; i < words.length && address == null; i++) {
                    if (words[i].equals(name)) {
                        address = words[0];
                    }
                }
            }
        }
        if (address == null) {
            return name;
        }
        for (String[] words : entries) {
            if (words[0].equals(address) && words.length > 1) {
                for (int i = 1; i < words.length; i++) {
                    if (words[i].contains(".")) {
                        return words[i];
                    }
                }
                return words[1];
            }
        }
        return name;
    }

    /** Facts of the {@code user} collector, from {@code id} and {@code /etc/passwd}. */
    Map<String, Object> user() {
        Map<String, Object> f = new LinkedHashMap<>();
        String name = line("id", 2);
        f.put("user_id", name);
        for (String entry : file("/etc/passwd").lines().toList()) {
            String[] p = entry.split(":", -1);
            if (p.length >= 7 && p[0].equals(name)) {
                f.put("user_uid", Long.parseLong(p[2]));
                f.put("user_gid", Long.parseLong(p[3]));
                f.put("user_gecos", p[4]);
                f.put("user_dir", p[5]);
                f.put("user_shell", p[6]);
                break;
            }
        }
        f.put("real_user_id", number(line("id", 3)));
        f.put("effective_user_id", number(line("id", 0)));
        f.put("real_group_id", number(line("id", 4)));
        f.put("effective_group_id", number(line("id", 1)));
        return f;
    }

    private static Object number(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return s;
        }
    }

    /** Facts of the {@code distribution} collector, from {@code /etc/os-release}. */
    Map<String, Object> distribution() {
        Map<String, Object> f = new LinkedHashMap<>();
        Map<String, String> os = new LinkedHashMap<>();
        for (String l : file("/etc/os-release").lines().toList()) {
            int eq = l.indexOf('=');
            if (eq > 0) {
                String v = l.substring(eq + 1).strip();
                if (v.length() >= 2 && (v.startsWith("\"") || v.startsWith("'")) && v.endsWith(v.substring(0, 1))) {
                    v = v.substring(1, v.length() - 1);
                }
                os.put(l.substring(0, eq).strip(), v);
            }
        }
        String system = line("uname", 0);
        if (os.isEmpty()) {
            f.put("distribution", system);
            f.put("distribution_version", line("uname", 1));
            f.put("distribution_release", line("uname", 1));
            f.put("distribution_major_version", line("uname", 1).split("\\.")[0]);
            f.put("os_family", system);
            return f;
        }
        String name = Distributions.name(os.getOrDefault("ID", ""), os.getOrDefault("NAME", system));
        String version = os.getOrDefault("VERSION_ID", "NA");
        String debianVersion = file("/etc/debian_version");
        if (name.equals("Debian") && debianVersion.matches("\\d+(\\.\\d+)*")) {
            version = debianVersion;
        }
        f.put("distribution", name);
        f.put("distribution_version", version);
        String[] parts = version.split("\\.");
        f.put("distribution_major_version", parts[0]);
        if (parts.length > 1) {
            f.put("distribution_minor_version", parts[1]);
        }
        f.put("distribution_release", os.getOrDefault("VERSION_CODENAME", os.getOrDefault("UBUNTU_CODENAME", "NA")));
        f.put("os_family", Distributions.family(name));
        f.put("distribution_file_path", "/etc/os-release");
        f.put("distribution_file_variety", Distributions.family(name));
        f.put("distribution_file_parsed", true);
        return f;
    }

    /** Ansible's {@code pkg_mgr}, which depends on the distribution facts. */
    Map<String, Object> pkgMgr(Map<String, Object> distribution) {
        return Map.of("pkg_mgr", ManagerFacts.pkgMgr(managerProbe(), line("uname", 0), distribution));
    }

    /** Ansible's {@code service_mgr}: PID 1's name when it names an init, else the platform's rules. */
    Map<String, Object> serviceMgr(Map<String, Object> distribution) {
        return Map.of("service_mgr", ManagerFacts.serviceMgr(managerProbe(), line("uname", 0),
                String.valueOf(distribution.get("distribution"))));
    }

    private ManagerFacts.Probe managerProbe() {
        return new ManagerFacts.Probe(present, file("/proc/1/comm"), line("ps1", 0), line("init_link", 0),
                new LinkedHashSet<>(lines("bins")), line("apt_flavor", 0));
    }

    Map<String, Object> env() {
        String body = sections.getOrDefault("env", "");
        Map<String, Object> env = new java.util.TreeMap<>();
        List<String> entries = body.indexOf('\0') >= 0 ? List.of(body.split("\0")) : body.lines().toList();
        for (String e : entries) {
            int eq = e.indexOf('=');
            if (eq > 0) {
                env.put(e.substring(0, eq), e.substring(eq + 1));
            }
        }
        return Map.of("env", env);
    }

    Map<String, Object> dateTime() {
        String[] d = line("date", 0).split(" ");
        return Map.of("date_time", DateTimeFacts.of(d));
    }

    Map<String, Object> dns() {
        Map<String, Object> dns = new LinkedHashMap<>();
        List<String> servers = new ArrayList<>();
        for (String l : file("/etc/resolv.conf").lines().toList()) {
            String[] w = l.strip().split("\\s+");
            if (w.length >= 2 && w[0].equals("nameserver")) {
                servers.add(w[1]);
            } else if (w.length >= 2 && w[0].equals("domain")) {
                dns.put("domain", w[1]);
            } else if (w.length >= 2 && w[0].equals("search")) {
                dns.put("search", new ArrayList<>(List.of(w).subList(1, w.length)));
            }
        }
        if (!servers.isEmpty()) {
            dns.put("nameservers", servers);
        }
        return Map.of("dns", dns);
    }

    Map<String, Object> security() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("fips", file("/proc/sys/crypto/fips_enabled").equals("1"));
        String enforce = file("/sys/fs/selinux/enforce");
        Map<String, Object> selinux = new LinkedHashMap<>();
        if (enforce.isEmpty()) {
            selinux.put("status", "disabled");
        } else {
            selinux.put("status", "enabled");
            selinux.put("mode", enforce.equals("1") ? "enforcing" : "permissive");
        }
        f.put("selinux", selinux);
        f.put("apparmor", Map.of("status", present.contains("/sys/kernel/security/apparmor") ? "enabled" : "disabled"));
        return f;
    }

    /** {@code cmdline} (last value wins) and {@code proc_cmdline} (repeated keys become lists). */
    Map<String, Object> cmdline() {
        Map<String, Object> last = new LinkedHashMap<>();
        Map<String, Object> all = new LinkedHashMap<>();
        String text = file("/proc/cmdline");
        if (text.isEmpty()) {
            return Map.of();
        }
        for (String word : text.split("\\s+")) {
            int eq = word.indexOf('=');
            String key = eq < 0 ? word : word.substring(0, eq);
            Object value = eq < 0 ? Boolean.TRUE : word.substring(eq + 1);
            last.put(key, value);
            Object prior = all.get(key);
            if (prior == null) {
                all.put(key, value);
            } else if (prior instanceof List<?> list) {
                @SuppressWarnings("unchecked")
                List<Object> values = (List<Object>) list;
                values.add(value);
            } else {
                all.put(key, new ArrayList<>(List.of(prior, value)));
            }
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("cmdline", last);
        f.put("proc_cmdline", all);
        return f;
    }

    Map<String, Object> hardware() {
        Map<String, Object> f = new LinkedHashMap<>(HardwareFacts.processor(file("/proc/cpuinfo"), line("nproc", 0)));
        f.putAll(HardwareFacts.memory(file("/proc/meminfo")));
        String uptime = file("/proc/uptime");
        if (!uptime.isEmpty()) {
            f.put("uptime_seconds", (long) Double.parseDouble(uptime.split("\\s+")[0]));
        }
        String[] load = file("/proc/loadavg").split("\\s+");
        if (load.length >= 3) {
            Map<String, Object> avg = new LinkedHashMap<>();
            avg.put("1m", Double.parseDouble(load[0]));
            avg.put("5m", Double.parseDouble(load[1]));
            avg.put("15m", Double.parseDouble(load[2]));
            f.put("loadavg", avg);
        }
        return f;
    }
}
