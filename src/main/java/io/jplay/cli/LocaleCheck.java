package io.jplay.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The locale check every Ansible command makes before anything else: each locale category the environment names
 * ({@code LC_ALL}, else {@code LC_*}, else {@code LANG}) must be installed, and the character type's encoding must be
 * UTF-8. As under Ansible's Python, a {@code LC_CTYPE} that resolves to the C locale (or to none installed) is first
 * coerced to {@code C.UTF-8} when {@code LC_ALL} is not set. Installed means built into the C library
 * ({@code C}, {@code POSIX}, {@code C.UTF-8}) or found in the system's locale directory or archive.
 */
final class LocaleCheck {
    private static final List<String> CATEGORIES = List.of("LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE",
            "LC_MONETARY", "LC_MESSAGES", "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT",
            "LC_IDENTIFICATION");
    private static final Path SYSTEM_LOCALES = Path.of("/usr/lib/locale");

    private final Path localeDir;
    private byte[] archive;

    LocaleCheck(Path localeDir) {
        this.localeDir = localeDir;
    }

    /** The message Ansible exits with (status 1) under {@code env}, or empty when the locale is fine. */
    static Optional<String> problem(Map<String, String> env) {
        return new LocaleCheck(SYSTEM_LOCALES).check(env);
    }

    Optional<String> check(Map<String, String> env) {
        String all = set(env.get("LC_ALL"));
        String lang = set(env.get("LANG"));
        String ctype = null;
        for (String category : CATEGORIES) {
            String value = all != null ? all : set(env.get(category)) != null ? set(env.get(category))
                    : lang != null ? lang : "C";
            if (category.equals("LC_CTYPE")) {
                if (all == null && (isC(value) || !installed(value))) {
                    value = "C.UTF-8";
                }
                ctype = value;
            }
            if (!installed(value)) {
                return Optional.of("ERROR: Ansible could not initialize the preferred locale: unsupported locale setting");
            }
        }
        String encoding = encoding(ctype);
        if (encoding == null || !List.of("utf-8", "utf8").contains(encoding.toLowerCase(Locale.ROOT))) {
            return Optional.of("ERROR: Ansible requires the locale encoding to be UTF-8; Detected "
                    + (encoding == null ? "None" : encoding) + ".");
        }
        return Optional.empty();
    }

    private static String set(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static boolean isC(String name) {
        return name.equals("C") || name.equals("POSIX");
    }

    /** The codeset of a locale name ({@code en_US.UTF-8@euro}: {@code UTF-8}); null for C and names without one. */
    private static String encoding(String name) {
        int dot = name.indexOf('.');
        if (isC(name) || dot < 0) {
            return null;
        }
        int at = name.indexOf('@', dot);
        return at < 0 ? name.substring(dot + 1) : name.substring(dot + 1, at);
    }

    private boolean installed(String name) {
        if (isC(name) || name.equals("C.UTF-8") || name.equals("C.utf8")) {
            return true;
        }
        if (name.contains("/") || name.startsWith(".")) {
            return false;
        }
        String normalized = normalized(name);
        return Files.isDirectory(localeDir.resolve(name)) || Files.isDirectory(localeDir.resolve(normalized))
                || inArchive(name) || inArchive(normalized);
    }

    /** The C library's spelling of a codeset: letters and digits, lower case ({@code UTF-8}: {@code utf8}). */
    private static String normalized(String name) {
        String codeset = encoding(name);
        if (codeset == null) {
            return name;
        }
        String plain = codeset.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String modifier = name.indexOf('@') > name.indexOf('.') ? name.substring(name.indexOf('@')) : "";
        return name.substring(0, name.indexOf('.') + 1) + (plain.matches("\\d+") ? "iso" + plain : plain) + modifier;
    }

    private boolean inArchive(String name) {
        if (archive == null) {
            try {
                Path file = localeDir.resolve("locale-archive");
                archive = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
            } catch (IOException e) {
                archive = new byte[0];
            }
        }
        byte[] wanted = (name + "\0").getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + wanted.length <= archive.length; i++) {
            if (i > 0 && archive[i - 1] != 0) {
                continue;
            }
            for (int j = 0; j < wanted.length; j++) {
                if (archive[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
