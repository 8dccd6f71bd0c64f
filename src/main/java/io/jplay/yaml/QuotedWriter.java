package io.jplay.yaml;

/** YAML single- and double-quoted scalar writers, folding long lines at spaces past the width as libyaml does. */
final class QuotedWriter {
    private final YamlEmitter e;

    QuotedWriter(YamlEmitter emitter) {
        this.e = emitter;
    }

    void singleQuoted(String text, boolean split) {
        e.writeIndicator("'", true, false, false);
        boolean spaces = false;
        boolean breaks = false;
        int start = 0;
        for (int end = 0; end <= text.length(); end++) {
            Character ch = end < text.length() ? text.charAt(end) : null;
            if (spaces) {
                if (ch == null || ch != ' ') {
                    if (start + 1 == end && e.column() > e.bestWidth() && split && start != 0
                            && end != text.length()) {
                        e.writeIndent();
                    } else {
                        e.write(text.substring(start, end));
                    }
                    start = end;
                }
            } else if (breaks) {
                if (ch == null || !YamlEmitter.isBreak(ch)) {
                    if (text.charAt(start) == '\n') {
                        e.writeLineBreak("\n");
                    }
                    for (char br : text.substring(start, end).toCharArray()) {
                        e.writeLineBreak(String.valueOf(br));
                    }
                    e.writeIndent();
                    start = end;
                }
            } else if (ch == null || ch == ' ' || YamlEmitter.isBreak(ch) || ch == '\'') {
                if (start < end) {
                    e.write(text.substring(start, end));
                    start = end;
                }
            }
            if (ch != null && ch == '\'') {
                e.write("''");
                start = end + 1;
            }
            if (ch != null) {
                spaces = ch == ' ';
                breaks = YamlEmitter.isBreak(ch);
            }
        }
        e.writeIndicator("'", false, false, false);
    }

    /** libyaml's double-quoted writer (Ansible dumps through CSafeDumper): folds at a single space past 80 columns. */
    void doubleQuoted(String text, boolean split) {
        e.writeIndicator("\"", true, false, false);
        boolean spaces = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean printable = ch == '\n' || ch >= 0x20 && ch <= 0x7e || ch == 0x85 || ch >= 0xa0 && ch <= 0xd7ff
                    || ch >= 0xe000 && ch <= 0xfffd && ch != 0xfeff;
            if (Character.isHighSurrogate(ch) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                e.write(String.format("\\U%08X", text.codePointAt(i)));
                i++;
                spaces = false;
            } else if (!printable || YamlEmitter.isBreak(ch) || ch == '"' || ch == '\\') {
                e.write(escape(ch));
                spaces = false;
            } else if (ch == ' ') {
                if (split && !spaces && e.column() > e.bestWidth() && i != 0 && i != text.length() - 1) {
                    e.writeIndent();
                    if (i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                        e.write("\\");
                    }
                } else {
                    e.write(" ");
                }
                spaces = true;
            } else {
                e.write(String.valueOf(ch));
                spaces = false;
            }
        }
        e.writeIndicator("\"", false, false, false);
    }

    private static String escape(char ch) {
        return switch (ch) {
            case '\0' -> "\\0";
            case 0x07 -> "\\a";
            case '\b' -> "\\b";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case 0x0b -> "\\v";
            case '\f' -> "\\f";
            case '\r' -> "\\r";
            case 0x1b -> "\\e";
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case 0x85 -> "\\N";
            case 0xa0 -> "\\_";
            case 0x2028 -> "\\L";
            case 0x2029 -> "\\P";
            default -> ch <= 0xff ? String.format("\\x%02X", (int) ch) : String.format("\\u%04X", (int) ch);
        };
    }
}
