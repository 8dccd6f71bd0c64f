package io.jplay.connection.ssh;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The subset of OpenSSH client command-line words jplay understands ({@code -o Key=value},
 * {@code -o Key value}, {@code -J}, {@code -p}, {@code -i}, {@code -l}). Options are reduced to
 * ssh_config keys (lower case) so that they combine with {@link SshConfigFile} the way OpenSSH does:
 * the command line wins, first value wins. Unknown options ({@code ControlMaster}, ...) are kept but
 * ignored by the resolver.
 */
final class SshArgs {

    private SshArgs() {
    }

    static Map<String, String> parse(List<String> words) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String value = i + 1 < words.size() ? words.get(i + 1) : null;
            if (word.startsWith("-o")) {
                String option = word.length() > 2 ? word.substring(2) : value;
                if (word.length() == 2) {
                    i++;
                }
                if (option != null) {
                    putOption(options, option);
                }
            } else if (word.length() >= 2 && "Jpil".indexOf(word.charAt(1)) >= 0 && word.charAt(0) == '-') {
                String argument = word.length() > 2 ? word.substring(2) : value;
                if (word.length() == 2) {
                    i++;
                }
                if (argument != null) {
                    options.putIfAbsent(flagKey(word.charAt(1)), argument);
                }
            }
        }
        return options;
    }

    private static String flagKey(char flag) {
        return switch (flag) {
            case 'J' -> "proxyjump";
            case 'p' -> "port";
            case 'i' -> "identityfile";
            default -> "user";
        };
    }

    private static void putOption(Map<String, String> options, String option) {
        String trimmed = option.strip();
        int eq = trimmed.indexOf('=');
        int space = indexOfWhitespace(trimmed);
        int cut = eq < 0 ? space : space < 0 ? eq : Math.min(eq, space);
        if (cut <= 0) {
            return;
        }
        String key = trimmed.substring(0, cut).strip().toLowerCase(Locale.ROOT);
        String value = trimmed.substring(cut + 1).strip();
        if (value.startsWith("=")) {
            value = value.substring(1).strip();
        }
        options.putIfAbsent(key, unquote(value));
    }

    static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
