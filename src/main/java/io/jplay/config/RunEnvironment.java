package io.jplay.config;

import io.jplay.clock.Sleeper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What one run takes from the process it runs in, read once by {@code cli} and handed down: the
 * environment variables, the home directory, the user, the working directory, the clock and the
 * {@link Sleeper}, jplay's version, and (through {@link #loadConfig()}) the Ansible configuration
 * found from them. Nothing else in jplay reads {@code HOME}, {@code user.home} or the version itself.
 *
 * @param home {@code ~} as Python's {@code os.path.expanduser} finds it: {@code HOME}, else the account's home
 * @param user the account running jplay
 */
public record RunEnvironment(Map<String, String> env, Path home, String user, Path cwd, Clock clock, Sleeper sleeper,
        String version) {
    private static final String VERSION_RESOURCE = "version.txt";

    /** The real process: its variables, account, clock and sleeps, started in {@code cwd}. */
    public static RunEnvironment ofProcess(Map<String, String> env, Path cwd) {
        String home = env.get("HOME");
        return new RunEnvironment(env, Path.of(home == null || home.isEmpty() ? System.getProperty("user.home") : home),
                System.getProperty("user.name"), cwd, Clock.systemDefaultZone(), Sleeper.system(), readVersion());
    }

    /** ansible.cfg and {@code ANSIBLE_*} as Ansible finds them from this environment. */
    public AnsibleConfig loadConfig() {
        return new ConfigLoader(env, cwd, home).load();
    }

    /** jplay's version, as the build wrote it (the pom's is the only copy). */
    static String readVersion() {
        try (InputStream in = RunEnvironment.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(VERSION_RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
