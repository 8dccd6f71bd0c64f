package io.jplay.module.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The line edits of {@code lineinfile}, decided exactly as Ansible's {@code present()} and {@code absent()}. */
final class LineEdit {
    /** The edited lines (each with its line end), whether they changed, Ansible's message, and the removed count. */
    record Outcome(List<String> lines, boolean changed, String msg, int found) {
    }

    private LineEdit() {
    }

    /** Python's {@code readlines()} on bytes: split after each {@code \n}, ends kept. */
    static List<String> readlines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** A Python {@code re} pattern as a Java one ({@code (?P<n>...)} and {@code (?P=n)}). */
    static Pattern pattern(String python) {
        return Pattern.compile(python.replace("(?P<", "(?<").replaceAll("\\(\\?P=(\\w+)\\)", "\\\\k<$1>"));
    }

    private static String stripEnd(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }

    static Outcome present(List<String> input, String regexp, String search, String line, String insertafter,
            String insertbefore, boolean backrefs, boolean firstmatch) {
        List<String> lines = new ArrayList<>(input);
        if (insertbefore == null && insertafter == null) {
            insertafter = "EOF";
        }
        Pattern re = regexp == null ? null : pattern(regexp);
        Pattern ins = insertafter != null && !insertafter.equals("BOF") && !insertafter.equals("EOF") ? pattern(insertafter)
                : insertbefore != null && !insertbefore.equals("BOF") ? pattern(insertbefore) : null;
        int matchIndex = -1;
        int insIndex = -1;
        Matcher match = null;
        boolean found = false;
        for (int i = 0; i < lines.size() && (re != null || search != null); i++) {
            Matcher m = re == null ? null : re.matcher(lines.get(i));
            if (re != null ? m.find() : lines.get(i).contains(search)) {
                matchIndex = i;
                match = m;
                found = true;
                if (firstmatch) {
                    break;
                }
            }
        }
        if (!found) {
            for (int i = 0; i < lines.size(); i++) {
                if (line.equals(stripEnd(lines.get(i)))) {
                    matchIndex = i;
                } else if (ins != null && ins.matcher(lines.get(i)).find()) {
                    insIndex = insertafter != null ? i + 1 : i;
                    if (firstmatch) {
                        break;
                    }
                }
            }
        }
        String newline = line + "\n";
        if (matchIndex != -1) {
            String replacement = backrefs && match != null ? expand(match, line) : line;
            if (!replacement.endsWith("\n")) {
                replacement += "\n";
            }
            if (!lines.get(matchIndex).equals(replacement)) {
                lines.set(matchIndex, replacement);
                return new Outcome(lines, true, "line replaced", 0);
            }
            return unchanged(lines);
        }
        if (backrefs) {
            return unchanged(lines);
        }
        if ("BOF".equals(insertbefore) || "BOF".equals(insertafter)) {
            lines.add(0, newline);
            return added(lines);
        }
        if ("EOF".equals(insertafter) || insIndex == -1) {
            if (!lines.isEmpty() && !lines.get(lines.size() - 1).endsWith("\n") && !lines.get(lines.size() - 1).endsWith("\r")) {
                lines.add("\n");
            }
            lines.add(newline);
            return added(lines);
        }
        if (insertafter != null) {
            if (lines.size() == insIndex) {
                if (!stripEnd(lines.get(insIndex - 1)).equals(line)) {
                    lines.add(newline);
                    return added(lines);
                }
                return unchanged(lines);
            }
            if (!line.equals(stripEnd(lines.get(insIndex)))) {
                lines.add(insIndex, newline);
                return added(lines);
            }
            return unchanged(lines);
        }
        lines.add(insIndex, newline);
        return added(lines);
    }

    private static Outcome added(List<String> lines) {
        return new Outcome(lines, true, "line added", 0);
    }

    private static Outcome unchanged(List<String> lines) {
        return new Outcome(lines, false, "", 0);
    }

    /** Python's {@code match.expand}: {@code \1}, {@code \g<1>}, {@code \g<name>} and escapes. */
    static String expand(Matcher m, String template) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '\\' || i + 1 >= template.length()) {
                out.append(c);
                continue;
            }
            char n = template.charAt(++i);
            if (Character.isDigit(n)) {
                int end = i + 1 < template.length() && Character.isDigit(template.charAt(i + 1)) ? i + 2 : i + 1;
                String g = m.group(Integer.parseInt(template.substring(i, end)));
                out.append(g == null ? "" : g);
                i = end - 1;
            } else if (n == 'g' && i + 1 < template.length() && template.charAt(i + 1) == '<') {
                int close = template.indexOf('>', i);
                String ref = template.substring(i + 2, close);
                String g = ref.matches("\\d+") ? m.group(Integer.parseInt(ref)) : m.group(ref);
                out.append(g == null ? "" : g);
                i = close;
            } else {
                out.append(switch (n) {
                    case 'n' -> "\n";
                    case 't' -> "\t";
                    case '\\' -> "\\";
                    default -> "\\" + n;
                });
            }
        }
        return out.toString();
    }

    static Outcome absent(List<String> input, String regexp, String search, String line) {
        Pattern re = regexp == null ? null : pattern(regexp);
        List<String> kept = new ArrayList<>();
        int found = 0;
        for (String l : input) {
            boolean match = re != null ? re.matcher(l).find() : search != null ? l.contains(search) : line.equals(stripEnd(l));
            if (match) {
                found++;
            } else {
                kept.add(l);
            }
        }
        return new Outcome(kept, found > 0, found > 0 ? found + " line(s) removed" : "", found);
    }
}
