package io.jplay.conformance;

import io.jplay.json.JsonException;
import io.jplay.json.JsonParser;
import io.jplay.json.JsonWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one tool's json-callback document into a flat, comparable map from a readable path
 * ({@code plays[0].tasks[2 "name"].hosts.localhost.rc}) to the JSON text of the value there.
 *
 * <p><b>The one normalisation rule.</b> A value is run-specific, and replaced by a placeholder, when
 * (a) its key is one of {@link #RUN_SPECIFIC_KEYS} (timings, durations, seconds waited, play/task ids, job ids, job
 * file paths, and the times, inode and version of files a case creates), whatever it holds, or (b) a
 * {@code src} that is the temp file a copy or template uploaded, or (c) it is text containing the case's working directory
 * ({@code <dir>}), the home directory ({@code <home>}), a path under the temp directory
 * ({@code <tmp>}), an async job id ({@code <jid>}) or the measured time of a pause ({@code Paused for
 * <elapsed> seconds}: wall time, longer under load), each of which is replaced inside the text.
 * Nothing else is changed. Empty dicts and lists are kept as leaves so that their presence counts.
 */
final class RunNormaliser {
    static final Set<String> RUN_SPECIFIC_KEYS = Set.of("start", "end", "stop", "delta", "duration", "elapsed", "id",
            "ansible_job_id", "results_file", "atime", "mtime", "ctime", "inode", "version");
    /** The controller-side temp file a copy or template uploaded: Ansible's under ~/.ansible/tmp, jplay's beside dest. */
    private static final Pattern UPLOADED = Pattern.compile("^(.*/\\.ansible/tmp/.*|.*/\\.jplay\\.[a-z0-9]+\\.tmp)$");
    private static final Pattern JID = Pattern.compile("\\bj\\d+\\.\\d+\\b");
    private static final Pattern PAUSED = Pattern.compile("\\bPaused for \\d+(?:\\.\\d+)? (seconds|minutes)\\b");
    private static final Pattern TMP = Pattern.compile("/tmp/[^\\s'\"/]+");
    private static final JsonWriter JSON = JsonWriter.python().sortKeys(true);

    private final String dir;
    private final String home;

    RunNormaliser(Path dir, String home) {
        this.dir = dir.toAbsolutePath().toString();
        this.home = home;
    }

    /** The flattened document; stdout that is not JSON becomes one {@code stdout} leaf. */
    SortedMap<String, String> flatten(RunResult run) {
        SortedMap<String, String> out = new TreeMap<>();
        out.put("exit_code", Integer.toString(run.exitCode()));
        String text = run.stdout().strip();
        int brace = text.indexOf('{');
        try {
            Object doc = JsonParser.parse(brace < 0 ? text : text.substring(brace));
            if (brace > 0) {
                out.put("stdout_before_json", JSON.write(scrub(text.substring(0, brace).strip())));
            }
            walk("", doc, out);
        } catch (JsonException | RuntimeException e) {
            out.put("stdout", JSON.write(scrub(text)));
        }
        return out;
    }

    private void walk(String path, Object value, SortedMap<String, String> out) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                String child = path.isEmpty() ? key : path + "." + key;
                if (RUN_SPECIFIC_KEYS.contains(key)
                        || key.equals("src") && e.getValue() instanceof String v && UPLOADED.matcher(v).matches()) {
                    out.put(child, "<run-specific>");
                } else {
                    walk(child, e.getValue(), out);
                }
            }
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            for (int i = 0; i < list.size(); i++) {
                walk(path + "[" + i + label(list.get(i)) + "]", list.get(i), out);
            }
        } else {
            out.put(path, JSON.write(value instanceof String s ? scrub(s) : value));
        }
    }

    /** Plays and tasks carry their name into the path so that a diff says which task it is about. */
    private static String label(Object element) {
        if (element instanceof Map<?, ?> m) {
            for (String key : List.of("play", "task")) {
                if (m.get(key) instanceof Map<?, ?> info && info.get("name") != null) {
                    return " \"" + info.get("name") + "\"";
                }
            }
        }
        return "";
    }

    String scrub(String s) {
        String t = s.replace(dir, "<dir>");
        if (home != null && home.length() > 1) {
            t = t.replace(home, "<home>");
        }
        t = TMP.matcher(t).replaceAll(Matcher.quoteReplacement("<tmp>"));
        t = PAUSED.matcher(t).replaceAll("Paused for <elapsed> $1");
        return JID.matcher(t).replaceAll("<jid>");
    }
}
