package io.jplay.output;

import io.jplay.yaml.YamlEmitter;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * The YAML of the result callbacks: PyYAML's {@code yaml.dump(data, default_flow_style=False, allow_unicode=True,
 * indent=N)} through libyaml ({@code CSafeDumper}) with the callback's representer, which writes a multi-line
 * string as a {@code |} block after making it block-safe (the "lossy" way for Ansible's callbacks, the
 * community callback's own way for {@code community.general.yaml}).
 */
final class CallbackYaml {
    private static final String COMMUNITY_BREAKS = "\n\r\u001c\u001d\u001e\u0085\u2028\u2029";
    private static final Pattern SPACE_BEFORE_BREAK = Pattern.compile(" +([\n\u0085\u2028\u2029])");
    private static final Comparator<Object> BY_TEXT = Comparator.comparing(String::valueOf);

    private CallbackYaml() {
    }

    /** The document as Ansible's callback dumper writes it, ending with a newline. */
    static String dump(Object value, int indent) {
        return YamlEmitter.dump(value, new YamlEmitter.Style(indent, 80, false, BY_TEXT, false, false,
                s -> YamlEmitter.hasBreak(s) ? lossy(s) : null, false));
    }

    /** The document as the {@code community.general.yaml} callback writes it (indent 2, width 1000). */
    static String dumpCommunity(Object value) {
        return YamlEmitter.dump(value, new YamlEmitter.Style(2, 1000, false, BY_TEXT, false, false,
                s -> COMMUNITY_BREAKS.chars().anyMatch(c -> s.indexOf(c) >= 0) ? CommunityYaml.munge(s) : null, false));
    }

    /** Ansible's lossy clean-up so a multi-line string can be a literal block. */
    private static String lossy(String text) {
        String s = text.stripTrailing();
        StringBuilder expanded = new StringBuilder();
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                int n = 8 - col % 8;
                expanded.append(" ".repeat(n));
                col += n;
            } else {
                boolean keep = c == '\n' || (c >= 0x20 && c <= 0x7e) || c == 0x85 || (c >= 0xa0 && c <= 0xd7ff)
                        || (c >= 0xe000 && c <= 0xfffd && c != 0xfeff) || Character.isSurrogate(c);
                if (keep) {
                    expanded.append(c);
                }
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        return SPACE_BEFORE_BREAK.matcher(expanded).replaceAll("$1");
    }
}
