package io.jplay.yaml;

/** Which YAML scalar styles can show a string unchanged (PyYAML's {@code analyze_scalar}). */
record ScalarAnalysis(boolean empty, boolean multiline, boolean allowFlowPlain, boolean allowBlockPlain,
        boolean allowSingleQuoted, boolean allowBlock) {
    private static final String SPACE_OR_BREAK = "\0 \t\r\n\u0085\u2028\u2029";

    static ScalarAnalysis of(String s) {
        if (s.isEmpty()) {
            return new ScalarAnalysis(true, false, false, true, true, false);
        }
        boolean blockIndicators = s.startsWith("---") || s.startsWith("...");
        boolean flowIndicators = blockIndicators;
        boolean lineBreaks = false;
        boolean special = false;
        boolean leadingSpace = false;
        boolean leadingBreak = false;
        boolean trailingSpace = false;
        boolean trailingBreak = false;
        boolean breakSpace = false;
        boolean spaceBreak = false;
        boolean precededByWhitespace = true;
        boolean followedByWhitespace = s.length() == 1 || SPACE_OR_BREAK.indexOf(s.charAt(1)) >= 0;
        boolean previousSpace = false;
        boolean previousBreak = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (i == 0) {
                if ("#,[]{}&*!|>'\"%@`".indexOf(ch) >= 0 || (ch == '?' || ch == ':') && followedByWhitespace
                        || ch == '-' && followedByWhitespace) {
                    blockIndicators = true;
                    flowIndicators = true;
                }
                flowIndicators |= ch == '?' || ch == ':';
            } else {
                if (ch == ':' && followedByWhitespace || ch == '#' && precededByWhitespace) {
                    blockIndicators = true;
                }
                flowIndicators |= ",?[]{}:".indexOf(ch) >= 0 || ch == '#' && precededByWhitespace;
            }
            boolean isBreak = YamlEmitter.isBreak(ch);
            if (isBreak) {
                lineBreaks = true;
            }
            if (!(ch == '\n' || ch >= 0x20 && ch <= 0x7e)) {
                boolean printable = ch == 0x85 || ch >= 0xa0 && ch <= 0xd7ff || ch >= 0xe000 && ch <= 0xfffd;
                if (!printable || ch == 0xfeff) {
                    special = true;
                }
            }
            if (ch == ' ') {
                leadingSpace |= i == 0;
                trailingSpace |= i == s.length() - 1;
                breakSpace |= previousBreak;
                previousSpace = true;
                previousBreak = false;
            } else if (isBreak) {
                leadingBreak |= i == 0;
                trailingBreak |= i == s.length() - 1;
                spaceBreak |= previousSpace;
                previousSpace = false;
                previousBreak = true;
            } else {
                previousSpace = false;
                previousBreak = false;
            }
            precededByWhitespace = SPACE_OR_BREAK.indexOf(ch) >= 0;
            followedByWhitespace = i + 2 >= s.length() || SPACE_OR_BREAK.indexOf(s.charAt(i + 2)) >= 0;
        }
        boolean blockPlain = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak);
        boolean flowPlain = blockPlain;
        boolean singleQuoted = true;
        boolean block = !trailingSpace;
        if (breakSpace) {
            flowPlain = false;
            blockPlain = false;
            singleQuoted = false;
        }
        if (spaceBreak || special) {
            flowPlain = false;
            blockPlain = false;
            singleQuoted = false;
            block = false;
        }
        if (lineBreaks) {
            flowPlain = false;
        }
        if (lineBreaks || blockIndicators) {
            blockPlain = false;
        }
        if (flowIndicators) {
            flowPlain = false;
        }
        return new ScalarAnalysis(false, lineBreaks, flowPlain, blockPlain, singleQuoted, block);
    }
}
