package io.jplay.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@link AnsibleConfig} as ansible-core 2.14: finds ansible.cfg ({@code ANSIBLE_CONFIG}
 * (file or directory), {@code ./ansible.cfg} unless the working directory is world-writable,
 * {@code ~/.ansible.cfg}, {@code /etc/ansible/ansible.cfg}; the first readable one is used), then
 * takes each setting from the environment, else the file, else its default.
 *
 * <p>The environment, working directory and home are passed in, so nothing reads the process
 * state unless the caller does.
 */
public final class ConfigLoader {
    /** Ansible's system-wide config file. */
    public static final Path SYSTEM_CONFIG = Path.of("/etc/ansible/ansible.cfg");

    private final Map<String, String> env;
    private final Path cwd;
    private final Path home;
    private final Path systemConfig;

    public ConfigLoader(Map<String, String> env, Path cwd, Path home) {
        this(env, cwd, home, SYSTEM_CONFIG);
    }

    /** As the three-argument form, with another place for the system-wide file (for tests). */
    public ConfigLoader(Map<String, String> env, Path cwd, Path home, Path systemConfig) {
        this.env = Map.copyOf(env);
        this.cwd = cwd.toAbsolutePath();
        this.home = home;
        this.systemConfig = systemConfig;
    }

    /**
     * Loads the configuration.
     *
     * @throws ConfigException when the chosen file cannot be parsed or a value has the wrong type
     */
    public AnsibleConfig load() {
        List<String> warnings = new ArrayList<>();
        Optional<Path> file = findConfigFile(warnings);
        IniFile ini = file.map(ConfigLoader::read).orElse(null);
        Path fileDir = file.map(Path::getParent).orElse(cwd);
        ValueConverter converter = new ValueConverter(env, home);
        Map<Setting, Object> values = new EnumMap<>(Setting.class);
        // Ansible checks its settings in the order of its definitions (alphabetical): the first bad one is reported
        List<Setting> order = new ArrayList<>(List.of(Setting.values()));
        order.sort(Comparator.comparing(Setting::configLabel));
        List<AnsibleConfig.Deprecated> deprecations = new ArrayList<>();
        for (Setting s : order) {
            s.envNames.stream().filter(env::containsKey).forEach(n -> deprecatedName(n, deprecations));
            Object value = fromEnv(converter, s);
            if (value == null && ini != null) {
                s.iniEntries.stream().filter(e -> ini.get(e.section(), e.key()).isPresent())
                        .forEach(e -> deprecatedName("[" + e.section() + "]" + e.key(), deprecations));
            }
            if (value == null) {
                String fromFile = ini == null ? null : fromIni(ini, s);
                value = fromFile != null ? converter.convert(s, fromFile, fileDir, file.get().toString())
                        : converter.convert(s, s.defaultValue, cwd, "default");
            }
            if (value != null) {
                values.put(s, value);
            }
        }
        return new AnsibleConfig(values, file.orElse(null), ini, env, warnings, deprecations);
    }

    /** Ansible's deprecated spellings of settings jplay reads, with their replacements (removed in 2.15). */
    private static final Map<String, String> RENAMED = Map.of(
            "ANSIBLE_CALLBACK_WHITELIST", "ANSIBLE_CALLBACKS_ENABLED", "[defaults]callback_whitelist", "callbacks_enabled");

    private static void deprecatedName(String name, List<AnsibleConfig.Deprecated> out) {
        String replacement = RENAMED.get(name);
        if (replacement != null) {
            out.add(new AnsibleConfig.Deprecated(name + " option, normalizing names to new standard, use "
                    + replacement + " instead", "2.15"));
        }
    }

    /**
     * The ansible.cfg Ansible would use, adding its world-writable-directory warning to
     * {@code warnings} when {@code ./ansible.cfg} was skipped for that reason.
     */
    public Optional<Path> findConfigFile(List<String> warnings) {
        List<Path> candidates = new ArrayList<>();
        Path fromEnv = null;
        String configured = env.get("ANSIBLE_CONFIG");
        if (configured != null) {
            fromEnv = new ValueConverter(env, home).resolvePathOnly(configured, cwd);
            if (Files.isDirectory(fromEnv)) {
                fromEnv = fromEnv.resolve("ansible.cfg");
            }
            candidates.add(fromEnv);
        }
        Path cwdCfg = cwd.resolve("ansible.cfg");
        boolean skippedPublic = false;
        if (worldWritable(cwd)) {
            skippedPublic = Files.exists(cwdCfg);
        } else {
            candidates.add(cwdCfg);
        }
        candidates.add(home.resolve(".ansible.cfg"));
        candidates.add(systemConfig);
        Path chosen = null;
        for (Path p : candidates) {
            if (Files.exists(p) && Files.isReadable(p)) {
                chosen = p;
                break;
            }
        }
        if (skippedPublic && (fromEnv == null || !fromEnv.equals(chosen))) {
            warnings.add("Ansible is being run in a world writable directory (" + cwd + "), ignoring it as an"
                    + " ansible.cfg source. For more information see"
                    + " https://docs.ansible.com/ansible/devel/reference_appendices/config.html#cfg-in-world-writable-dir");
        }
        return Optional.ofNullable(chosen);
    }

    /**
     * The setting's value from its last set environment variable, or null; an empty value of a
     * number gives the default, as in Ansible.
     */
    private Object fromEnv(ValueConverter converter, Setting s) {
        String name = lastSetName(s.envNames);
        if (name == null) {
            return null;
        }
        String raw = env.get(name);
        if (raw.isEmpty() && s.type == Setting.Type.INT) {
            return converter.convert(s, s.defaultValue, cwd, "default");
        }
        return converter.convert(s, raw, cwd, "env: " + name);
    }

    private String lastSetName(List<String> names) {
        String found = null;
        for (String n : names) {
            if (env.containsKey(n)) {
                found = n;
            }
        }
        return found;
    }

    private static String fromIni(IniFile ini, Setting s) {
        String value = null;
        for (Setting.IniEntry e : s.iniEntries) {
            Optional<String> v = ini.get(e.section(), e.key());
            if (v.isPresent()) {
                value = v.get();
            }
        }
        return value;
    }

    private static boolean worldWritable(Path dir) {
        try {
            return Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static IniFile read(Path file) {
        try {
            return IniFile.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new ConfigException("Error reading config file (" + file + "): " + e.getMessage());
        }
    }
}
