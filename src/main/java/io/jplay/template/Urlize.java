package io.jplay.template;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Jinja2's {@code urlize} filter: http(s), www. and e-mail addresses in (escaped) text become links. */
final class Urlize {
    private static final Pattern HTTP = Pattern.compile("^(?:(?:https?://|www\\.)(?:[\\w%-]+\\.)*(?:[a-z]{2,63}|xn--[\\w%]{2,59})"
            + "|(?:[\\w%-]{2,63}\\.)+(?:com|net|int|edu|gov|org|info|mil)"
            + "|https?://(?:\\d{1,3}(?:\\.\\d{1,3}){3}|\\[(?:[\\da-f]{0,4}:){2}(?:[\\da-f]{0,4}:?){1,6}]))"
            + "(?::\\d{1,5})?(?:[/?#]\\S*)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern EMAIL = Pattern.compile("^\\S+@\\w[\\w.-]*\\.\\w+$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern HEAD = Pattern.compile("^(?:[(<]|&lt;)+");
    private static final Pattern TAIL = Pattern.compile("(?:[)>.,\\n]|&gt;)+$");

    private Urlize() {
    }

    static void register(Library lib) {
        lib.filter("urlize", c -> {
            Object limit = c.arg(0, "trim_url_limit", null);
            boolean nofollow = c.bool(1, "nofollow", false);
            Object target = c.arg(2, "target", null);
            Object relArg = c.arg(3, "rel", null);
            TreeSet<String> rel = new TreeSet<>();
            if (relArg != null) {
                rel.addAll(List.of(PythonRepr.str(relArg).strip().split("\\s+")));
                rel.remove("");
            }
            if (nofollow) {
                rel.add("nofollow");
            }
            rel.add("noopener");
            List<String> schemes = new ArrayList<>();
            if (c.arg(4, "extra_schemes", null) != null) {
                for (Object s : Ops.iterate(c.arg(4, "extra_schemes", null))) {
                    schemes.add(PythonRepr.str(s));
                }
            }
            String relAttr = " rel=\"" + WebFilters.escape(String.join(" ", rel)) + "\"";
            String targetAttr = target == null || !Ops.truthy(target) ? ""
                    : " target=\"" + WebFilters.escape(PythonRepr.str(target)) + "\"";
            return urlize(WebFilters.escape(PythonRepr.str(c.value())), limit == null ? -1 : (int) Ops.toLong(limit),
                    relAttr, targetAttr, schemes);
        });
    }

    private static String urlize(String text, int limit, String relAttr, String targetAttr, List<String> schemes) {
        StringBuilder out = new StringBuilder();
        Matcher ws = Pattern.compile("\\s+").matcher(text);
        int last = 0;
        while (ws.find()) {
            out.append(word(text.substring(last, ws.start()), limit, relAttr, targetAttr, schemes)).append(ws.group());
            last = ws.end();
        }
        out.append(word(text.substring(last), limit, relAttr, targetAttr, schemes));
        return out.toString();
    }

    private static String word(String word, int limit, String relAttr, String targetAttr, List<String> schemes) {
        String head = "";
        String middle = word;
        String tail = "";
        Matcher h = HEAD.matcher(middle);
        if (h.find()) {
            head = h.group();
            middle = middle.substring(h.end());
        }
        Matcher t = TAIL.matcher(middle);
        if (t.find()) {
            tail = t.group();
            middle = middle.substring(0, t.start());
        }
        for (String[] pair : new String[][] {{"(", ")"}, {"<", ">"}, {"&lt;", "&gt;"}}) {
            int starts = count(middle, pair[0]);
            if (starts <= count(middle, pair[1])) {
                continue;
            }
            for (int k = Math.min(starts, count(tail, pair[1])); k > 0; k--) {
                int end = tail.indexOf(pair[1]) + pair[1].length();
                middle += tail.substring(0, end);
                tail = tail.substring(end);
            }
        }
        String shown = limit >= 0 && middle.length() > limit ? middle.substring(0, limit) + "..." : middle;
        if (HTTP.matcher(middle).matches()) {
            String href = middle.startsWith("https://") || middle.startsWith("http://") ? middle : "https://" + middle;
            middle = "<a href=\"" + href + "\"" + relAttr + targetAttr + ">" + shown + "</a>";
        } else if (middle.startsWith("mailto:") && EMAIL.matcher(middle.substring(7)).matches()) {
            middle = "<a href=\"" + middle + "\">" + middle.substring(7) + "</a>";
        } else if (middle.contains("@") && !middle.startsWith("www.") && !middle.contains(":")
                && EMAIL.matcher(middle).matches()) {
            middle = "<a href=\"mailto:" + middle + "\">" + middle + "</a>";
        } else {
            for (String scheme : schemes) {
                if (!middle.equals(scheme) && middle.startsWith(scheme)) {
                    middle = "<a href=\"" + middle + "\"" + relAttr + targetAttr + ">" + middle + "</a>";
                }
            }
        }
        return head + middle + tail;
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
            n++;
        }
        return n;
    }
}
