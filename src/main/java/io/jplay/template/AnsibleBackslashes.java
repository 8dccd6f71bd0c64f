package io.jplay.template;

import java.util.ArrayList;
import java.util.List;

/**
 * Where Ansible's {@code _escape_backslashes} doubles a backslash: it lexes the template with Jinja2's
 * own rules (a backslash escapes) and doubles every backslash of a string literal inside {@code {{ }}}.
 * jplay lexes such literals with backslashes kept instead, which reads the same; this gives the text
 * Jinja2 was handed, for the messages that show it.
 */
final class AnsibleBackslashes {
    private AnsibleBackslashes() {
    }

    /** The positions in {@code template} of the backslashes Ansible doubles, ascending; null when its lexing pass fails. */
    static List<Integer> doubled(String template) {
        List<Integer> out = new ArrayList<>();
        try {
            for (TemplateScanner.Tok t : TemplateScanner.scan(template)) {
                if (t.kind() != 'e' || t.at() < 0) {
                    continue;
                }
                for (ExprLexer.Token token : ExprLexer.lex(t.text(), false)) {
                    if (token.kind() != ExprLexer.Kind.STRING) {
                        continue;
                    }
                    for (int k = 0; k < token.text().length(); k++) {
                        if (token.text().charAt(k) == '\\') {
                            out.add(t.at() + token.pos() + k);
                        }
                    }
                }
            }
        } catch (TemplateException e) {
            return null;
        }
        return out;
    }
}
