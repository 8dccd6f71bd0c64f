package io.jplay.output;

import io.jplay.json.JsonException;
import io.jplay.json.JsonParser;
import io.jplay.result.TaskResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test utility: replays a small line-based script of executor events into a listener, so golden tests
 * can state "these events" next to "this is what Ansible printed". One event per line:
 *
 * <pre>
 * playbook PATH | play NAME | play! NAME (check mode) | playpath FILE:LINE NAME | task ACTION NAME | task! ACTION NAME (check mode)
 * handler ACTION NAME | taskpath ACTION FILE:LINE NAME | handlerpath ACTION FILE:LINE NAME
 * result HOST [ignored] [nolog] [loop] [delegate=H] => {json} | diff HOST [loop] => {json}
 * item HOST [nolog] [delegate=H] label=JSON => {json}
 * retry HOST LEFT NAME | poll HOST JID STARTED FINISHED | asyncok HOST JID | asyncfailed HOST => {json}
 * included FILE H1,H2 | nohostsmatched | nohostsremaining | warning TEXT | verbose LEVEL TEXT
 * deprecated VERSION COLLECTION MSG | notified HANDLER HOST
 * recap HOST OK CHANGED UNREACHABLE FAILED SKIPPED RESCUED IGNORED | custom {json} | stats | end
 * </pre>
 */
final class EventScript {
    private EventScript() {
    }

    static void replay(String script, RunListener l) {
        RunListener.TaskStart task = null;
        Map<String, RunStats.HostStats> recap = new LinkedHashMap<>();
        Map<String, Object> custom = Map.of();
        for (String raw : script.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] w = line.split(" ", 2);
            String rest = w.length > 1 ? w[1] : "";
            switch (w[0]) {
                case "playbook" -> l.playbookStart(rest);
                case "play" -> l.playStart(new RunListener.PlayStart(rest, List.of(), false, null));
                case "playpath" -> {
                    String[] a = rest.split(" ", 2);
                    l.playStart(new RunListener.PlayStart(a[1], List.of(), false, a[0]));
                }
                case "play!" -> l.playStart(new RunListener.PlayStart(rest, List.of(), true, null));
                case "task", "task!", "handler" -> {
                    String[] a = rest.split(" ", 2);
                    task = new RunListener.TaskStart(a.length > 1 ? a[1] : a[0], a[0], w[0].equals("handler"),
                            null, Map.of(), w[0].endsWith("!"));
                    l.taskStart(task);
                }
                case "taskpath", "handlerpath" -> {
                    String[] a = rest.split(" ", 3);
                    task = new RunListener.TaskStart(a[2], a[0], w[0].equals("handlerpath"), a[1], Map.of(), false);
                    l.taskStart(task);
                }
                case "result" -> l.hostResult(hostResult(rest, task));
                case "diff" -> l.fileDiff(hostResult(rest, task));
                case "item" -> l.itemResult(itemResult(rest, task));
                case "retry" -> {
                    String[] a = rest.split(" ", 3);
                    l.retrying(new RunListener.Retry(a[0], a[2], Integer.parseInt(a[1]), null));
                }
                case "poll" -> {
                    String[] a = rest.split(" ");
                    l.asyncPoll(new RunListener.AsyncEvent(a[0], a[1], parse(a[2]),
                            parse(a[3]), null));
                }
                case "asyncok" -> {
                    String[] a = rest.split(" ");
                    l.asyncOk(new RunListener.AsyncEvent(a[0], a[1], 1, 1, null));
                }
                case "asyncfailed" -> {
                    String[] a = rest.split(" => ", 2);
                    l.asyncFailed(new RunListener.AsyncEvent(a[0], null, null, null, TaskResult.of(json(a[1]))));
                }
                case "included" -> {
                    String[] a = rest.split(" ");
                    l.included(new RunListener.Included(a[0], Arrays.asList(a[1].split(","))));
                }
                case "nohostsmatched" -> l.noHostsMatched();
                case "nohostsremaining" -> l.noHostsRemaining();
                case "warning" -> l.warning(rest);
                case "verbose" -> {
                    String[] a = rest.split(" ", 2);
                    l.verbose(Integer.parseInt(a[0]), a[1]);
                }
                case "deprecated" -> {
                    String[] a = rest.split(" ", 3);
                    l.deprecated(new RunListener.Deprecation(a[2], a[0], null, a[1]));
                }
                case "notified" -> {
                    String[] a = rest.split(" ");
                    l.handlerNotified(a[0], a[1]);
                }
                case "recap" -> {
                    String[] a = rest.split(" ");
                    int[] n = Arrays.stream(a, 1, 8).mapToInt(Integer::parseInt).toArray();
                    recap.put(a[0], new RunStats.HostStats(n[0], n[1], n[2], n[3], n[4], n[5], n[6]));
                }
                case "custom" -> custom = json(rest);
                case "stats" -> l.stats(new RunStats(recap, custom));
                case "end" -> l.playbookEnd();
                default -> throw new IllegalArgumentException("unknown event line: " + line);
            }
        }
    }

    private static RunListener.HostResult hostResult(String rest, RunListener.TaskStart task) {
        String[] a = rest.split(" => ", 2);
        List<String> words = new ArrayList<>(Arrays.asList(a[0].split(" ")));
        String host = words.remove(0);
        String delegate = option(words, "delegate=");
        return new RunListener.HostResult(host, delegate, task.name(), task.action(), TaskResult.of(json(a[1])),
                words.contains("ignored"), words.contains("nolog"), words.contains("loop"));
    }

    private static RunListener.ItemResult itemResult(String rest, RunListener.TaskStart task) {
        String[] a = rest.split(" => ", 2);
        List<String> words = new ArrayList<>(Arrays.asList(a[0].split(" ")));
        String host = words.remove(0);
        String delegate = option(words, "delegate=");
        String label = option(words, "label=");
        return new RunListener.ItemResult(host, delegate, task.name(), task.action(),
                label == null ? null : parse(label), TaskResult.of(json(a[1])), words.contains("nolog"));
    }

    private static String option(List<String> words, String prefix) {
        for (String word : words) {
            if (word.startsWith(prefix)) {
                return word.substring(prefix.length());
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String text) {
        return (Map<String, Object>) parse(text);
    }

    static Object parse(String text) {
        try {
            return JsonParser.parse(text);
        } catch (JsonException e) {
            throw new IllegalArgumentException(e.getMessage() + ": " + text, e);
        }
    }
}
