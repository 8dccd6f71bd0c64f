package io.jplay.playbook;

import java.util.List;
import java.util.Map;

/**
 * One task (or handler) as written.
 *
 * @param name the task's name, or {@code null} (the output then shows the action)
 * @param action the module or action as written ({@code ansible.builtin.command}, {@code shell})
 * @param args the module's arguments; free-form text is under {@code _raw_params}
 * @param loop the value of {@code loop} or {@code with_*}, or {@code null}
 * @param loopKind {@code loop}, or the lookup name of a {@code with_<lookup>} ({@code items},
 *     {@code dict}, ...), or {@code null}
 * @param listen for handlers: the topics it listens to (its name is always one)
 * @param notifies handlers to notify when the task changes something
 * @param collections the {@code collections:} in effect, where a short action name is looked up first
 */
public record Task(
        String name,
        String action,
        Map<String, Object> args,
        Keywords keywords,
        List<Object> when,
        Object loop,
        String loopKind,
        LoopControl loopControl,
        String register,
        Object until,
        Object retries,
        Object delay,
        Object changedWhen,
        Object failedWhen,
        Object async,
        Object poll,
        Object delegateFacts,
        Map<String, Object> vars,
        List<String> tags,
        List<String> notifies,
        List<String> listen,
        SourceLocation location,
        List<String> collections) implements TaskNode {

    public Task {
        args = args == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(args));
        when = when == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(when));
        vars = vars == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
        tags = tags == null ? List.of() : List.copyOf(tags);
        notifies = notifies == null ? List.of() : List.copyOf(notifies);
        listen = listen == null ? List.of() : List.copyOf(listen);
        keywords = keywords == null ? Keywords.NONE : keywords;
        loopControl = loopControl == null ? LoopControl.DEFAULT : loopControl;
        location = location == null ? SourceLocation.UNKNOWN : location;
        collections = collections == null ? List.of() : List.copyOf(collections);
    }

    /** A task outside any {@code collections:} keyword. */
    public Task(String name, String action, Map<String, Object> args, Keywords keywords, List<Object> when, Object loop,
            String loopKind, LoopControl loopControl, String register, Object until, Object retries, Object delay,
            Object changedWhen, Object failedWhen, Object async, Object poll, Object delegateFacts,
            Map<String, Object> vars, List<String> tags, List<String> notifies, List<String> listen,
            SourceLocation location) {
        this(name, action, args, keywords, when, loop, loopKind, loopControl, register, until, retries, delay,
                changedWhen, failedWhen, async, poll, delegateFacts, vars, tags, notifies, listen, location, List.of());
    }

    /** This task notifying {@code handlers} (a notify inherited from an {@code import_tasks}). */
    public Task withNotifies(List<String> handlers) {
        return new Task(name, action, args, keywords, when, loop, loopKind, loopControl, register, until, retries, delay,
                changedWhen, failedWhen, async, poll, delegateFacts, vars, tags, handlers, listen, location, collections);
    }

    /** This task running {@code resolved}: its templated action ({@code action: "{{ module }}"}) for one host. */
    public Task withAction(String resolved) {
        return new Task(name, resolved, args, keywords, when, loop, loopKind, loopControl, register, until, retries,
                delay, changedWhen, failedWhen, async, poll, delegateFacts, vars, tags, notifies, listen, location,
                collections);
    }

    /** Whether the action is a template, resolved per host when the task runs. */
    public boolean templatedAction() {
        return action.contains("{{");
    }

    /** The short module name: {@code ansible.builtin.command} and {@code ansible.legacy.command} give {@code command}. */
    public String module() {
        String a = action;
        for (String prefix : List.of("ansible.builtin.", "ansible.legacy.")) {
            if (a.startsWith(prefix)) {
                return a.substring(prefix.length());
            }
        }
        return a;
    }
}
