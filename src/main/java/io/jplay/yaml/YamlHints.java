package io.jplay.yaml;

/** Ansible's advice texts for common YAML mistakes, chosen by looking at the offending line. */
final class YamlHints {

    static final String YAML_AND_SHORTHAND = "There appears to be both 'k=v' shorthand syntax and YAML in this task."
            + " Only one syntax may be used.\n";

    static final String LEADING_TAB = """
            There appears to be a tab character at the start of the line.

            YAML does not use tabs for formatting. Tabs should be replaced with spaces.

            For example:
                - name: update tooling
                  vars:
                    version: 1.2.3
            #    ^--- there is a tab there.

            Should be written as:
                - name: update tooling
                  vars:
                    version: 1.2.3
            # ^--- all spaces here.
            """;

    static final String UNQUOTED_VARIABLE = """
            We could be wrong, but this one looks like it might be an issue with
            missing quotes. Always quote template expression brackets when they
            start a value. For instance:

                with_items:
                  - {{ foo }}

            Should be written as:

                with_items:
                  - "{{ foo }}"
            """;

    static final String DICT = """
            This one looks easy to fix. YAML thought it was looking for the start of a
            hash/dictionary and was confused to see a second "{". Most likely this was
            meant to be an ansible template evaluation instead, so we have to give the
            parser a small hint that we wanted a string instead. The solution here is to
            just quote the entire value.

            For instance, if the original line was:

                app_path: {{ base_path }}/foo

            It should be written as:

                app_path: "{{ base_path }}/foo"
            """;

    static final String UNQUOTED_COLON = """
            This one looks easy to fix. There seems to be an extra unquoted colon in the line
            and this is confusing the parser. It was only expecting to find one free
            colon. The solution is just add some quotes around the colon, or quote the
            entire line after the first colon.

            For instance, if the original line was:

                copy: src=file.txt dest=/path/filename:with_colon.txt

            It can be written as:

                copy: src=file.txt dest='/path/filename:with_colon.txt'

            Or:

                copy: 'src=file.txt dest=/path/filename:with_colon.txt'
            """;

    static final String PARTIALLY_QUOTED = """
            This one looks easy to fix. It seems that there is a value started
            with a quote, and the YAML parser is expecting to see the line ended
            with the same kind of quote. For instance:

                when: "ok" in result.stdout

            Could be written as:

               when: '"ok" in result.stdout'

            Or equivalently:

               when: "'ok' in result.stdout"
            """;

    static final String UNBALANCED_QUOTES = """
            We could be wrong, but this one looks like it might be an issue with
            unbalanced quotes. If starting a value with a quote, make sure the
            line ends with the same set of quotes. For instance this arbitrary
            example:

                foo: "bad" "wolf"

            Could be written as:

                foo: '"bad" "wolf"'
            """;

    private YamlHints() {
    }

    /** The hints Ansible appends for this offending line (1-based caret column), possibly empty. */
    static String forLine(String target, int column) {
        StringBuilder out = new StringBuilder();
        if (target.indexOf('\t') >= 0) {
            out.append(LEADING_TAB);
        }
        String stripped = target.replace(" ", "");
        if (target.contains("{{") && target.contains("}}")
                && !(target.contains("\"{{") && target.contains("'{{"))) {
            out.append(UNQUOTED_VARIABLE);
        } else if (stripped.contains(":{{") && stripped.contains("}}")) {
            out.append(DICT);
        } else if (target.length() > 1 && target.length() > column && target.charAt(column) == ':'
                && target.chars().filter(c -> c == ':').count() > 1) {
            out.append(UNQUOTED_COLON);
        } else {
            quotingHints(target, out);
        }
        return out.toString();
    }

    private static void quotingHints(String target, StringBuilder out) {
        String[] parts = target.split(":", -1);
        if (parts.length <= 1) {
            return;
        }
        String middle = parts[1].strip();
        boolean match = middle.startsWith("'") && !middle.endsWith("'")
                || middle.startsWith("\"") && !middle.endsWith("\"");
        boolean quotedBothEnds = !middle.isEmpty() && "\"'".indexOf(middle.charAt(0)) >= 0
                && "\"'".indexOf(middle.charAt(middle.length() - 1)) >= 0;
        boolean unbalanced = quotedBothEnds && count(target, '\'') > 2 || count(target, '"') > 2;
        if (match) {
            out.append(PARTIALLY_QUOTED);
        }
        if (unbalanced) {
            out.append(UNBALANCED_QUOTES);
        }
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
