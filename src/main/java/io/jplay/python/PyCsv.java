package io.jplay.python;

import java.util.ArrayList;
import java.util.List;

/** Python's {@code csv.reader} with the excel dialect ({@code "} quoting, doubled quotes) and a chosen delimiter. */
public final class PyCsv {
    private PyCsv() {
    }

    /** The rows of {@code text}; a delimiter must be one character ({@code "delimiter" must be a 1-character string}). */
    public static List<List<String>> read(String text, String delimiter) {
        if (delimiter.length() != 1) {
            throw new IllegalArgumentException("\"delimiter\" must be a 1-character string");
        }
        char d = delimiter.charAt(0);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean inRow = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                inRow = true;
            } else if (c == d) {
                row.add(field.toString());
                field.setLength(0);
                inRow = true;
            } else if (c == '\n' || c == '\r') {
                if (inRow || field.length() > 0) {
                    row.add(field.toString());
                }
                rows.add(row);
                row = new ArrayList<>();
                field.setLength(0);
                inRow = false;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                field.append(c);
                inRow = true;
            }
            i++;
        }
        if (inRow || field.length() > 0) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
