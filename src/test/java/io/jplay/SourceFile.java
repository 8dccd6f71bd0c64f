package io.jplay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One Java source file as {@link ArchitectureTest} sees it: its package and the jplay types its code names. */
record SourceFile(Path path, String packageName, List<String> codeLines, List<Reference> references) {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern TYPE = Pattern.compile("\\bio\\.jplay\\.((?:[a-z_]\\w*\\.)*)([A-Z]\\w*)");

    /** A use of {@code packageName.topLevelClass} on 1-based {@code line}. */
    record Reference(String packageName, String topLevelClass, int line) {
        String qualifiedName() {
            return packageName + "." + topLevelClass;
        }
    }

    static SourceFile read(Path root, Path file) throws IOException {
        String code = CodeText.withoutCommentsAndLiterals(Files.readString(file, StandardCharsets.UTF_8));
        Matcher pkg = PACKAGE.matcher(code);
        String packageName = pkg.find() ? pkg.group(1) : "";
        List<String> lines = List.of(code.split("\n", -1));
        List<Reference> refs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith("package ")) {
                continue;
            }
            Matcher m = TYPE.matcher(lines.get(i));
            while (m.find()) {
                String target = "io.jplay." + m.group(1).replaceAll("\\.$", "");
                if (!target.equals(packageName)) {
                    refs.add(new Reference(target, m.group(2), i + 1));
                }
            }
        }
        return new SourceFile(root.relativize(file), packageName, lines, refs);
    }

    /** 1-based numbers of the code lines (comments and literals left out) that contain {@code text}. */
    List<Integer> linesContaining(String text) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < codeLines.size(); i++) {
            if (codeLines.get(i).contains(text)) {
                found.add(i + 1);
            }
        }
        return found;
    }
}
