package io.jplay.config;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The effective Ansible configuration: ansible.cfg and {@code ANSIBLE_*} variables resolved and
 * typed (see {@link Setting} for names and defaults). Immutable and thread-safe; the
 * {@code with...} methods return changed copies for command-line flags, which win over both.
 */
public final class AnsibleConfig {
    private final Map<Setting, Object> values;
    private final java.nio.file.Path configFile;
    private final IniFile ini;
    private final Map<String, String> env;
    private final List<String> warnings;
    private final List<Deprecated> deprecations;

    /** A setting given under a name Ansible deprecates: {@code msg} is Ansible's text, to be removed in {@code version}. */
    public record Deprecated(String msg, String version) {
    }

    AnsibleConfig(Map<Setting, Object> values, java.nio.file.Path configFile, IniFile ini, Map<String, String> env,
            List<String> warnings) {
        this(values, configFile, ini, env, warnings, List.of());
    }

    AnsibleConfig(Map<Setting, Object> values, java.nio.file.Path configFile, IniFile ini, Map<String, String> env,
            List<String> warnings, List<Deprecated> deprecations) {
        this.deprecations = List.copyOf(deprecations);
        this.values = values.isEmpty() ? new EnumMap<>(Setting.class) : new EnumMap<>(values);
        this.configFile = configFile;
        this.ini = ini;
        this.env = Map.copyOf(env);
        this.warnings = List.copyOf(warnings);
    }

    /** The ansible.cfg in use ({@code config file = ...} in {@code --version}), if any. */
    public Optional<java.nio.file.Path> configFile() {
        return Optional.ofNullable(configFile);
    }

    /** The deprecated setting names in use, in the order Ansible reports them after its configuration-file line. */
    public List<Deprecated> deprecations() {
        return deprecations;
    }

    /** Warnings found while loading (e.g. a skipped ansible.cfg in a world-writable directory). */
    public List<String> warnings() {
        return warnings;
    }

    /** The typed value of a setting: Boolean, Integer, String, or List of String; null if unset. */
    public Object value(Setting s) {
        return values.get(s);
    }

    /**
     * {@code ansible.constants.<name>} in this configuration: empty when jplay does not know the
     * setting, an empty inner Optional when it is known and unset ({@code None}).
     */
    public Optional<Optional<Object>> constant(String name) {
        for (Setting s : Setting.values()) {
            if (name.equals(s.constantName())) {
                Object v = values.get(s);
                return Optional.of(Optional.ofNullable(v instanceof Integer i ? Long.valueOf(i) : v));
            }
        }
        return TemplatingConstants.value(name, this);
    }

    /** A copy with {@code s} set to {@code value} (already typed as {@link #value} returns it). */
    public AnsibleConfig with(Setting s, Object value) {
        Map<Setting, Object> copy = new EnumMap<>(Setting.class);
        copy.putAll(values);
        if (value == null) {
            copy.remove(s);
        } else {
            copy.put(s, value instanceof List<?> l ? List.copyOf(l) : value);
        }
        return new AnsibleConfig(copy, configFile, ini, env, warnings, deprecations);
    }

    /**
     * Any other setting: the environment variable {@code envName} (may be null) if set, else
     * {@code [section] key} from ansible.cfg (raw text, {@code [DEFAULT]} applies).
     */
    public Optional<String> get(String section, String key, String envName) {
        if (envName != null && env.containsKey(envName)) {
            return Optional.of(env.get(envName));
        }
        return ini == null ? Optional.empty() : ini.get(section, key);
    }

    /** A raw environment variable as given to the loader (e.g. {@code JUNIT_OUTPUT_DIR}). */
    public Optional<String> env(String name) {
        return Optional.ofNullable(env.get(name));
    }

    public List<String> inventory() {
        return strings(Setting.INVENTORY);
    }

    public int forks() {
        return integer(Setting.FORKS);
    }

    public Optional<String> remoteUser() {
        return optional(Setting.REMOTE_USER);
    }

    public Optional<String> privateKeyFile() {
        return optional(Setting.PRIVATE_KEY_FILE);
    }

    public boolean hostKeyChecking() {
        return bool(Setting.HOST_KEY_CHECKING);
    }

    public int timeout() {
        return integer(Setting.TIMEOUT);
    }

    public int pollInterval() {
        return integer(Setting.POLL_INTERVAL);
    }

    /** {@code task_timeout}: the default of the {@code timeout} keyword (0: none). */
    public int taskTimeout() {
        return integer(Setting.TASK_TIMEOUT);
    }

    /** Unexpanded: {@code ~} is the remote user's home. */
    public String asyncDir() {
        return string(Setting.ASYNC_DIR);
    }

    public String stdoutCallback() {
        return string(Setting.STDOUT_CALLBACK);
    }

    public List<String> callbacksEnabled() {
        return strings(Setting.CALLBACKS_ENABLED);
    }

    public boolean nocolor() {
        return bool(Setting.NOCOLOR);
    }

    /** Whether a terminal shows the live async progress line ({@code [jplay] progress}, {@code JPLAY_PROGRESS}). */
    public boolean progress() {
        return bool(Setting.PROGRESS);
    }

    /**
     * Whether Python modules run in a resident module runner on the target ({@code [jplay] module_runner},
     * {@code JPLAY_MODULE_RUNNER}) rather than in one Python process per task.
     */
    public boolean moduleRunner() {
        return bool(Setting.MODULE_RUNNER);
    }

    /** How many SSH targets keep their connections open between uses ({@code [jplay] ssh_open_targets}), at least 1. */
    public int sshOpenTargets() {
        return Math.max(1, integer(Setting.SSH_OPEN_TARGETS));
    }

    public boolean forceColor() {
        return bool(Setting.FORCE_COLOR);
    }

    public List<String> rolesPath() {
        return strings(Setting.ROLES_PATH);
    }

    public String gathering() {
        return string(Setting.GATHERING);
    }

    /** The fact cache plugin ({@code fact_caching}). */
    public String cachePlugin() {
        return string(Setting.CACHE_PLUGIN);
    }

    /** The cache plugin's connection ({@code fact_caching_connection}: jsonfile's directory), or null. */
    public String cachePluginConnection() {
        return string(Setting.CACHE_PLUGIN_CONNECTION);
    }

    /**
     * jsonfile's file name prefix: its plugin option, which has no default (the CACHE_PLUGIN_PREFIX
     * constant's 'ansible_facts' is not used), so empty unless set.
     */
    public String cachePluginPrefix() {
        return get("defaults", "fact_caching_prefix", "ANSIBLE_CACHE_PLUGIN_PREFIX").orElse("");
    }

    /** {@code plugin_filters_cfg}, or null when not set. */
    public String pluginFiltersCfg() {
        return string(Setting.PLUGIN_FILTERS_CFG);
    }

    /** Seconds a cached host's facts stay valid; 0: always. */
    public int cachePluginTimeout() {
        return integer(Setting.CACHE_PLUGIN_TIMEOUT);
    }

    public boolean become() {
        return bool(Setting.BECOME);
    }

    public String becomeUser() {
        return string(Setting.BECOME_USER);
    }

    public String becomeMethod() {
        return string(Setting.BECOME_METHOD);
    }

    public boolean becomeAskPass() {
        return bool(Setting.BECOME_ASK_PASS);
    }

    public boolean askPass() {
        return bool(Setting.ASK_PASS);
    }

    public boolean askVaultPass() {
        return bool(Setting.ASK_VAULT_PASS);
    }

    public Optional<String> vaultPasswordFile() {
        return optional(Setting.VAULT_PASSWORD_FILE);
    }

    public List<String> vaultIdentityList() {
        return strings(Setting.VAULT_IDENTITY_LIST);
    }

    public String vaultIdentity() {
        return string(Setting.VAULT_IDENTITY);
    }

    public Optional<String> vaultEncryptIdentity() {
        return optional(Setting.VAULT_ENCRYPT_IDENTITY);
    }

    public boolean vaultIdMatch() {
        return bool(Setting.VAULT_ID_MATCH);
    }

    public String transport() {
        return string(Setting.TRANSPORT);
    }

    public String sshArgs() {
        return string(Setting.SSH_ARGS);
    }

    public String sshCommonArgs() {
        return string(Setting.SSH_COMMON_ARGS);
    }

    public String sshExtraArgs() {
        return string(Setting.SSH_EXTRA_ARGS);
    }

    public boolean pipelining() {
        return bool(Setting.PIPELINING);
    }

    public Optional<String> logPath() {
        return optional(Setting.LOG_PATH);
    }

    public boolean anyErrorsFatal() {
        return bool(Setting.ANY_ERRORS_FATAL);
    }

    public boolean retryFilesEnabled() {
        return bool(Setting.RETRY_FILES_ENABLED);
    }

    public boolean displaySkippedHosts() {
        return bool(Setting.DISPLAY_SKIPPED_HOSTS);
    }

    public boolean displayOkHosts() {
        return bool(Setting.DISPLAY_OK_HOSTS);
    }

    public boolean displayFailedStderr() {
        return bool(Setting.DISPLAY_FAILED_STDERR);
    }

    public boolean showCustomStats() {
        return bool(Setting.SHOW_CUSTOM_STATS);
    }

    public boolean checkModeMarkers() {
        return bool(Setting.CHECK_MODE_MARKERS);
    }

    /** {@code callback_result_format}: {@code json} or {@code yaml}. */
    public String resultFormat() {
        return string(Setting.RESULT_FORMAT);
    }

    public boolean deprecationWarnings() {
        return bool(Setting.DEPRECATION_WARNINGS);
    }

    public boolean systemWarnings() {
        return bool(Setting.SYSTEM_WARNINGS);
    }

    public boolean commandWarnings() {
        return bool(Setting.COMMAND_WARNINGS);
    }

    public boolean localhostWarning() {
        return bool(Setting.LOCALHOST_WARNING);
    }

    /** {@code [inventory] enable_plugins}: the inventory plugins tried on each source, in order. */
    public List<String> inventoryPlugins() {
        return strings(Setting.INVENTORY_ENABLED);
    }

    /** {@code [inventory] inventory_unparsed_warning}: warn when no source could be parsed. */
    public boolean inventoryUnparsedWarning() {
        return bool(Setting.INVENTORY_UNPARSED_WARNING);
    }

    /** {@code [inventory] unparsed_is_failed}: no parsed source is an error. */
    public boolean inventoryUnparsedIsFailed() {
        return bool(Setting.INVENTORY_UNPARSED_IS_FAILED);
    }

    /** {@code [inventory] any_unparsed_is_failed}: any source that could not be parsed is an error. */
    public boolean inventoryAnyUnparsedIsFailed() {
        return bool(Setting.INVENTORY_ANY_UNPARSED_IS_FAILED);
    }

    /** {@code force_valid_group_names}: {@code never}, {@code always}, {@code ignore} or {@code silently}. */
    public String transformInvalidGroupChars() {
        return string(Setting.TRANSFORM_INVALID_GROUP_CHARS);
    }

    /** {@code warning}, {@code error} or {@code ignore}. */
    public String hostPatternMismatch() {
        return string(Setting.HOST_PATTERN_MISMATCH);
    }

    public int verbosity() {
        return integer(Setting.VERBOSITY);
    }

    /** {@code bin_ansible_callbacks}: load callback plugins for ad-hoc runs too. */
    public boolean loadCallbackPlugins() {
        return bool(Setting.LOAD_CALLBACK_PLUGINS);
    }

    public List<String> modulePath() {
        return strings(Setting.DEFAULT_MODULE_PATH);
    }

    public List<String> moduleUtilsPath() {
        return strings(Setting.DEFAULT_MODULE_UTILS_PATH);
    }

    /** {@code [defaults] filter_plugins} / {@code ANSIBLE_FILTER_PLUGINS}. */
    public List<String> filterPluginPath() {
        return strings(Setting.DEFAULT_FILTER_PLUGIN_PATH);
    }

    /** {@code [defaults] test_plugins} / {@code ANSIBLE_TEST_PLUGINS}. */
    public List<String> testPluginPath() {
        return strings(Setting.DEFAULT_TEST_PLUGIN_PATH);
    }

    /** {@code [defaults] lookup_plugins} / {@code ANSIBLE_LOOKUP_PLUGINS}. */
    public List<String> lookupPluginPath() {
        return strings(Setting.DEFAULT_LOOKUP_PLUGIN_PATH);
    }

    /** {@code [defaults] inventory_plugins} / {@code ANSIBLE_INVENTORY_PLUGINS}. */
    public List<String> inventoryPluginPath() {
        return strings(Setting.DEFAULT_INVENTORY_PLUGIN_PATH);
    }

    /** {@code [defaults] playbook_dir} / {@code ANSIBLE_PLAYBOOK_DIR}: ad-hoc's {@code --playbook-dir} default. */
    public Optional<String> playbookDir() {
        return optional(Setting.PLAYBOOK_DIR);
    }

    /** {@code [inventory_plugins] use_extra_vars}: constructed composes with the extra vars. */
    public boolean inventoryUseExtraVars() {
        return bool(Setting.INVENTORY_USE_EXTRA_VARS);
    }

    /** {@code [inventory_plugin_script] always_show_stderr}: show an inventory script's stderr when it succeeds. */
    public boolean inventoryScriptStderr() {
        return bool(Setting.INVENTORY_PLUGIN_SCRIPT_STDERR);
    }

    public List<String> collectionsPaths() {
        return strings(Setting.COLLECTIONS_PATHS);
    }

    public boolean collectionsScanSysPath() {
        return bool(Setting.COLLECTIONS_SCAN_SYS_PATH);
    }

    public String interpreterPython() {
        return string(Setting.INTERPRETER_PYTHON);
    }

    public boolean noTargetSyslog() {
        return bool(Setting.NO_TARGET_SYSLOG);
    }

    public boolean keepRemoteFiles() {
        return bool(Setting.KEEP_REMOTE_FILES);
    }

    public String syslogFacility() {
        return string(Setting.SYSLOG_FACILITY);
    }

    public String stringConversionAction() {
        return string(Setting.STRING_CONVERSION_ACTION);
    }

    public Optional<String> controllerPython() {
        return optional(Setting.CONTROLLER_PYTHON);
    }

    /** {@code yaml_max_depth}: the deepest nesting of maps and lists read from YAML. */
    public int yamlMaxDepth() {
        return positive(Setting.YAML_MAX_DEPTH);
    }

    /** {@code yaml_max_bytes}: the largest YAML file or text read. */
    public int yamlMaxBytes() {
        return positive(Setting.YAML_MAX_BYTES);
    }

    /** {@code output_max_bytes}: bytes of a task's stdout (and of its stderr) kept in memory. */
    public int outputMaxBytes() {
        return positive(Setting.OUTPUT_MAX_BYTES);
    }

    /** {@code [ssh_connection] max_channels}: concurrent session channels on one SSH connection. */
    public int sshMaxChannels() {
        return positive(Setting.SSH_MAX_CHANNELS);
    }

    /** {@code [ssh_connection] max_connections_per_host}: SSH connections one target may use at once. */
    public int sshMaxConnectionsPerHost() {
        return positive(Setting.SSH_MAX_CONNECTIONS_PER_HOST);
    }

    /** {@code [ssh_connection] max_handshakes}: SSH handshakes in flight per sshd. */
    public int sshMaxHandshakes() {
        return positive(Setting.SSH_MAX_HANDSHAKES);
    }

    /** {@code [ssh_connection] keepalive_interval}: seconds between SSH keepalive requests. */
    public int sshKeepaliveInterval() {
        return positive(Setting.SSH_KEEPALIVE_INTERVAL);
    }

    private int positive(Setting s) {
        int value = integer(s);
        if (value < 1) {
            throw new ConfigException("Invalid value for " + s.envNames.get(0) + ": " + value + " (must be at least 1)");
        }
        return value;
    }

    public String hashBehaviour() {
        return string(Setting.HASH_BEHAVIOUR);
    }

    public AnsibleConfig withInventory(List<String> sources) {
        return with(Setting.INVENTORY, sources);
    }

    public AnsibleConfig withForks(int forks) {
        return with(Setting.FORKS, forks);
    }

    public AnsibleConfig withRemoteUser(String user) {
        return with(Setting.REMOTE_USER, user);
    }

    public AnsibleConfig withPrivateKeyFile(String path) {
        return with(Setting.PRIVATE_KEY_FILE, path);
    }

    public AnsibleConfig withTimeout(int seconds) {
        return with(Setting.TIMEOUT, seconds);
    }

    public AnsibleConfig withBecome(boolean become) {
        return with(Setting.BECOME, become);
    }

    public AnsibleConfig withBecomeUser(String user) {
        return with(Setting.BECOME_USER, user);
    }

    public AnsibleConfig withBecomeMethod(String method) {
        return with(Setting.BECOME_METHOD, method);
    }

    public AnsibleConfig withBecomeAskPass(boolean ask) {
        return with(Setting.BECOME_ASK_PASS, ask);
    }

    public AnsibleConfig withAskPass(boolean ask) {
        return with(Setting.ASK_PASS, ask);
    }

    public AnsibleConfig withSshCommonArgs(String args) {
        return with(Setting.SSH_COMMON_ARGS, args);
    }

    public AnsibleConfig withSshExtraArgs(String args) {
        return with(Setting.SSH_EXTRA_ARGS, args);
    }

    public AnsibleConfig withVerbosity(int verbosity) {
        return with(Setting.VERBOSITY, verbosity);
    }

    public AnsibleConfig withTransport(String transport) {
        return with(Setting.TRANSPORT, transport);
    }

    private boolean bool(Setting s) {
        return Boolean.TRUE.equals(values.get(s));
    }

    private int integer(Setting s) {
        Object v = values.get(s);
        return v == null ? 0 : (Integer) v;
    }

    private String string(Setting s) {
        Object v = values.get(s);
        return v == null ? null : v.toString();
    }

    private Optional<String> optional(Setting s) {
        return Optional.ofNullable(string(s));
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(Setting s) {
        Object v = values.get(s);
        return v == null ? List.of() : (List<String>) v;
    }
}
