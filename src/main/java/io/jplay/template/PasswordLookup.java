package io.jplay.template;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/** The {@code password} lookup: generates a password once and keeps it in a file. */
final class PasswordLookup {
    private static final String ASCII = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";
    private static final String PUNCT = ".,:-_";

    private PasswordLookup() {
    }

    /** The {@code key=value} words ansible-core's password lookup accepts after the file name. */
    private static final java.util.Set<String> VALID_PARAMS = java.util.Set.of("length", "encrypt", "chars", "ident", "seed");

    static List<Object> run(Call c) throws TemplateException {
        List<Object> out = new ArrayList<>();
        for (Object t : c.args()) {
            String[] words = PythonRepr.str(t).strip().split("\\s+");
            String file = words[0];
            int length = (int) c.integer(-1, "length", 20);
            String chars = c.kwargs().containsKey("chars") ? null : ASCII + DIGITS + PUNCT;
            Object charsArg = c.kwargs().get("chars");
            List<String> unknown = new ArrayList<>();
            for (int i = 1; i < words.length; i++) {
                String[] kv = words[i].split("=", 2);
                if (kv[0].equals("length")) {
                    try {
                        length = io.jplay.python.PyInt.parseSaturated(kv.length > 1 ? kv[1] : "");
                    } catch (NumberFormatException e) {
                        throw LookupFailure.of("ValueError", e.getMessage());
                    }
                } else if (kv[0].equals("chars")) {
                    charsArg = kv[1];
                } else if (!VALID_PARAMS.contains(kv[0])) {
                    unknown.add(kv[0]);
                }
            }
            if (!unknown.isEmpty()) {
                throw new TemplateException("Unrecognized parameter(s) given to password lookup: "
                        + String.join(", ", unknown));
            }
            if (charsArg != null) {
                StringBuilder sb = new StringBuilder();
                for (Object o : charsArg instanceof List<?> l ? l : List.of(PythonRepr.str(charsArg).split(","))) {
                    String n = PythonRepr.str(o);
                    sb.append(switch (n) {
                        case "ascii_letters" -> ASCII;
                        case "ascii_lowercase" -> ASCII.substring(0, 26);
                        case "ascii_uppercase" -> ASCII.substring(26);
                        case "digits" -> DIGITS;
                        case "punctuation" -> "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
                        default -> n;
                    });
                }
                chars = sb.toString();
            }
            if (file.equals("/dev/null")) {
                out.add(generate(chars, length));
                continue;
            }
            Path p = Path.of(file);
            if (!p.isAbsolute()) {
                p = c.rt().baseDir().resolve(file);
            }
            try {
                if (Files.exists(p)) {
                    String content = Files.readString(p, StandardCharsets.UTF_8).strip();
                    int salt = content.indexOf(" salt=");
                    out.add(salt >= 0 ? content.substring(0, salt) : content);
                } else {
                    String pw = generate(chars, length);
                    if (p.getParent() != null) {
                        Files.createDirectories(p.getParent());
                    }
                    Files.writeString(p, pw + "\n", StandardCharsets.UTF_8);
                    out.add(pw);
                }
            } catch (IOException e) {
                throw new TemplateException("password lookup: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static String generate(String chars, int length) {
        SecureRandom r = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(chars.charAt(r.nextInt(chars.length())));
        }
        return sb.toString();
    }
}
