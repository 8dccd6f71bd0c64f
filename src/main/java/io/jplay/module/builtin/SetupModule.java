package io.jplay.module.builtin;

import io.jplay.connection.ConnectionException;
import io.jplay.module.ArgOption;
import io.jplay.module.ArgSpec;
import io.jplay.module.ArgType;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code setup} and {@code gather_facts}: Ansible's own setup module where the controller has ansible-core
 * and the target Python ({@link PythonFacts}); elsewhere a subset of Ansible's facts from one coreutils-only
 * exec ({@link FactProbe}), without network, virtualization, mounts, devices and python facts.
 * {@code gather_subset} is validated with Ansible's collector names; {@code filter} globs the fact names.
 */
public final class SetupModule implements Module {
    static final List<String> VALID_SUBSETS = List.of("all", "all_ipv4_addresses", "all_ipv6_addresses", "apparmor",
            "architecture", "caps", "chroot", "cmdline", "date_time", "default_ipv4", "default_ipv6", "devices",
            "distribution", "distribution_major_version", "distribution_release", "distribution_version", "dns",
            "effective_group_ids", "effective_user_id", "env", "facter", "fibre_channel_wwn", "fips", "hardware",
            "interfaces", "is_chroot", "iscsi", "kernel", "kernel_version", "loadavg", "local", "lsb", "machine",
            "machine_id", "mounts", "network", "nvme", "ohai", "os_family", "pkg_mgr", "platform", "processor",
            "processor_cores", "processor_count", "python", "python_version", "real_user_id", "selinux", "service_mgr",
            "ssh_host_key_dsa_public", "ssh_host_key_ecdsa_public", "ssh_host_key_ed25519_public",
            "ssh_host_key_rsa_public", "ssh_host_pub_keys", "ssh_pub_keys", "system", "system_capabilities",
            "system_capabilities_enforced", "user", "user_dir", "user_gecos", "user_gid", "user_id", "user_shell",
            "user_uid", "virtual", "virtualization_role", "virtualization_tech_guest", "virtualization_tech_host",
            "virtualization_type");
    /** The collectors of Ansible's {@code min} subset that jplay gathers. */
    private static final List<String> MIN = List.of("platform", "distribution", "user", "date_time", "env", "dns",
            "fips", "selinux", "apparmor", "cmdline", "local", "pkg_mgr", "service_mgr");
    private static final ArgSpec SPEC = ArgSpec.builder()
            .option(ArgOption.of("gather_subset", ArgType.LIST).withDefault(List.of("all")).withElements(ArgType.STR))
            .option("gather_timeout", ArgType.INT, 10L)
            .option(ArgOption.of("filter", ArgType.LIST).withDefault(List.of()).withElements(ArgType.STR))
            .option("fact_path", ArgType.PATH, "/etc/ansible/facts.d")
            .build();
    private final String name;

    /** @param name {@code setup}, or {@code gather_facts} for the implicit fact-gathering task */
    public SetupModule(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean supportsCheckMode() {
        return true;
    }

    @Override
    public Map<String, Object> run(ModuleContext ctx) throws ModuleException, ConnectionException {
        java.util.Optional<Map<String, Object>> ansibles = PythonFacts.gather(ctx, name);
        if (ansibles.isPresent()) {
            return ansibles.get();
        }
        Map<String, Object> p = SPEC.validate(name, ctx.args());
        @SuppressWarnings("unchecked")
        List<String> subset = (List<String>) p.get("gather_subset");
        Set<String> collectors = collectors(subset);
        Map<String, Object> facts = new LinkedHashMap<>();
        if (!collectors.isEmpty()) {
            String out = RemoteFiles.exec(ctx, FactProbe.script()).stdoutText();
            gather(new LinuxFacts(FactProbe.sections(out)), collectors).forEach((k, v) -> facts.put("ansible_" + k, v));
        }
        facts.put("gather_subset", subset);
        facts.put("module_setup", true);
        @SuppressWarnings("unchecked")
        List<String> filters = (List<String>) p.get("filter");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ansible_facts", filter(facts, filters));
        result.put("changed", false);
        if (name.equals("gather_facts")) {
            result.put("deprecations", new ArrayList<>());
            result.put("warnings", new ArrayList<>());
        } else {
            result.put("invocation", ArgSpec.invocation(p));
        }
        result.put("_ansible_verbose_override", true);
        return result;
    }

    /** The collectors to run for a {@code gather_subset} list, as Ansible resolves {@code all}, {@code min} and {@code !x}. */
    static Set<String> collectors(List<String> subset) throws ModuleException {
        Set<String> include = new LinkedHashSet<>();
        Set<String> exclude = new LinkedHashSet<>();
        boolean all = false;
        boolean excludeAll = false;
        boolean excludeMin = false;
        for (String raw : subset) {
            String item = raw.strip();
            boolean negate = item.startsWith("!");
            String word = negate ? item.substring(1) : item;
            if (!negate && !word.equals("min") && !VALID_SUBSETS.contains(word)) {
                throw new ModuleException("Bad subset '" + word + "' given to Ansible. gather_subset options allowed: "
                        + String.join(", ", VALID_SUBSETS));
            }
            if (negate) {
                excludeAll |= word.equals("all");
                excludeMin |= word.equals("min");
                exclude.add(word);
            } else {
                all |= word.equals("all");
                include.add(word);
            }
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String c : MIN) {
            if (include.contains(c) || !excludeMin && !exclude.contains(c)) {
                chosen.add(c);
            }
        }
        if (include.contains("hardware") || all && !excludeAll && !exclude.contains("hardware")) {
            chosen.add("hardware");
        }
        if (subset.isEmpty()) {
            chosen.add("hardware");
        }
        return chosen;
    }

    private static Map<String, Object> gather(LinuxFacts linux, Set<String> collectors) {
        Map<String, Object> f = new LinkedHashMap<>();
        if (collectors.contains("platform")) {
            f.putAll(linux.platform());
        }
        Map<String, Object> distribution = linux.distribution();
        if (collectors.contains("distribution")) {
            f.putAll(distribution);
        }
        if (collectors.contains("user")) {
            f.putAll(linux.user());
        }
        if (collectors.contains("date_time")) {
            f.putAll(linux.dateTime());
        }
        if (collectors.contains("env")) {
            f.putAll(linux.env());
        }
        if (collectors.contains("dns")) {
            f.putAll(linux.dns());
        }
        if (collectors.contains("fips") || collectors.contains("selinux") || collectors.contains("apparmor")) {
            Map<String, Object> security = linux.security();
            for (String key : List.of("fips", "selinux", "apparmor")) {
                if (collectors.contains(key)) {
                    f.put(key, security.get(key));
                }
            }
        }
        if (collectors.contains("cmdline")) {
            f.putAll(linux.cmdline());
        }
        if (collectors.contains("local")) {
            f.put("local", new LinkedHashMap<>());
        }
        if (collectors.contains("pkg_mgr")) {
            f.putAll(linux.pkgMgr(distribution));
        }
        if (collectors.contains("service_mgr")) {
            f.putAll(linux.serviceMgr(distribution));
        }
        if (collectors.contains("hardware")) {
            f.putAll(linux.hardware());
        }
        return f;
    }

    /** Keeps the facts whose names match one of the globs ({@code fnmatch}); all of them when there are none. */
    static Map<String, Object> filter(Map<String, Object> facts, List<String> globs) {
        if (globs == null || globs.isEmpty() || globs.stream().allMatch(String::isEmpty)) {
            return facts;
        }
        List<Pattern> patterns = globs.stream().map(io.jplay.python.PyFnmatch::compile).toList();
        Map<String, Object> kept = new LinkedHashMap<>();
        facts.forEach((k, v) -> {
            if (patterns.stream().anyMatch(pt -> pt.matcher(k).matches())) {
                kept.put(k, v);
            }
        });
        return kept;
    }
}
