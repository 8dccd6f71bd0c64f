package io.jplay.module.builtin;

import io.jplay.connection.ShellQuote;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code command} module's words as shell text that expands them on the target as ansible-core's
 * {@code run_command} does ({@code os.path.expanduser(os.path.expandvars(word))}): {@code $NAME} and
 * {@code ${NAME}} become the variable's value when it is set and stay as written otherwise; a leading
 * {@code ~} or {@code ~/} becomes {@code $HOME}, {@code ~user} that user's home directory when the user
 * exists. No other shell interpretation happens: no word splitting, globbing or command substitution.
 *
 * @param prelude shell statements that set the helper variables the words use (may be empty)
 * @param words one shell word per argument, each safe to paste into a command line
 */
record ExpandedWords(String prelude, List<String> words) {
    private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+|\\{[^}]*\\})");
    private static final Pattern SHELL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern TILDE = Pattern.compile("~([^/]*)(.*)", Pattern.DOTALL);

    static ExpandedWords of(List<String> argv) {
        StringBuilder prelude = new StringBuilder();
        List<String> words = new ArrayList<>();
        int[] counter = {0};
        for (String arg : argv) {
            words.add(word(arg, prelude, counter));
        }
        return new ExpandedWords(prelude.toString(), List.copyOf(words));
    }

    private static String word(String arg, StringBuilder prelude, int[] counter) {
        if (arg.indexOf('$') < 0 && !arg.startsWith("~")) {
            return ShellQuote.quote(arg);
        }
        StringBuilder word = new StringBuilder();
        String rest = arg;
        Matcher tilde = TILDE.matcher(arg);
        if (tilde.matches()) {
            String helper = "jplay_w" + counter[0]++;
            String user = tilde.group(1);
            String lookup = user.isEmpty()
                    ? "${HOME-$(getent passwd \"$(id -u)\" 2>/dev/null | cut -d: -f6)}"
                    : "$(getent passwd " + ShellQuote.quote(user) + " 2>/dev/null | cut -d: -f6)";
            prelude.append(helper).append('=').append('"').append(lookup).append("\"; ")
                    .append("if [ -z \"$").append(helper).append("\" ]").append(user.isEmpty() ? " && false" : "")
                    .append("; then ").append(helper).append('=').append(ShellQuote.quote("~" + user))
                    .append("; else ").append(helper).append("=\"${").append(helper).append("%/}\"; fi; ");
            word.append("\"$").append(helper).append('"');
            rest = tilde.group(2);
        }
        Matcher m = VARIABLE.matcher(rest);
        int at = 0;
        while (m.find()) {
            literal(word, rest.substring(at, m.start()));
            String name = m.group(1).startsWith("{") ? m.group(1).substring(1, m.group(1).length() - 1) : m.group(1);
            if (SHELL_NAME.matcher(name).matches()) {
                String helper = "jplay_w" + counter[0]++;
                prelude.append("if [ -n \"${").append(name).append("+x}\" ]; then ").append(helper).append("=\"$")
                        .append(name).append("\"; else ").append(helper).append('=').append(ShellQuote.quote(m.group()))
                        .append("; fi; ");
                word.append("\"$").append(helper).append('"');
            } else {
                literal(word, m.group());
            }
            at = m.end();
        }
        literal(word, rest.substring(at));
        return word.length() == 0 ? "''" : word.toString();
    }

    private static void literal(StringBuilder word, String text) {
        if (!text.isEmpty()) {
            word.append(ShellQuote.quote(text));
        }
    }
}
