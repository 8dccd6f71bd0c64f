package io.jplay.executor;

import io.jplay.clock.Sleeper;

import io.jplay.inventory.Host;
import io.jplay.output.RunListener;
import io.jplay.playbook.LoopControl;
import io.jplay.playbook.Task;
import io.jplay.result.TaskResult;
import io.jplay.result.Truth;
import io.jplay.template.LookupRunner;
import io.jplay.template.TemplateException;
import io.jplay.template.Templater;
import io.jplay.vars.PlayVars;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a task once per loop item ({@code loop} or {@code with_<lookup>}) and combines the item
 * results into the task result ({@code results}, {@code changed}, {@code msg}) as Ansible does.
 */
final class LoopRunner {
    private final HostTaskRunner runner;
    private final Templater templater;
    private final LookupRunner lookups;
    private final Sleeper sleeper;

    /** Ansible's _ACTION_WITH_CLEAN_FACTS: their facts are plain variables, seen by the loop's later items. */
    private static final java.util.Set<String> CLEAN_FACTS = java.util.Set.of("set_fact", "include_vars");

    LoopRunner(HostTaskRunner runner, Templater templater, LookupRunner lookups, Sleeper sleeper) {
        this.runner = runner;
        this.templater = templater;
        this.lookups = lookups;
        this.sleeper = sleeper;
    }

    Map<String, Object> run(TaskContext tc, Host host, Map<String, Object> vars, PlayVars play, Emitter emitter,
            String displayName) {
        List<Object> items;
        try {
            items = LoopItems.resolve(tc.task().loopKind(), tc.task().loop(), tc.task().action(), templater, lookups, vars);
        } catch (TemplateException e) {
            if (e.isUndefined()) {
                // as Ansible's executor: an undefined loop waits for the task's when, which may skip it;
                // otherwise its error is the task's result as it is, no task location
                Map<String, Object> skip = runner.checkConditions(tc, tc.conditions(), vars);
                return skip != null && !(skip instanceof TaskError) ? skip
                        : new TaskError(e.reported());
            }
            return HostTaskRunner.templateFailure(e, tc.task());
        } catch (Exception e) {
            return HostTaskRunner.failed(String.valueOf(e.getMessage()));
        }
        if (items.isEmpty()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("changed", false);
            r.put("skipped", true);
            r.put("skipped_reason", "No items in the list");
            r.put("results", new ArrayList<>());
            return r;
        }
        LoopControl control;
        try {
            control = templated(tc.task().loopControl(), templater, vars);
        } catch (TemplateException e) {
            return HostTaskRunner.templateFailure(e, tc.task());
        }
        boolean noLog = runner.isNoLog(tc, vars);
        // items a Python lookup gave are unsafe: the loop variable is never templated, results hold plain values
        List<Object> varItems = items;
        items = new ArrayList<>(items);
        items.replaceAll(o -> o instanceof io.jplay.yaml.Unsafe u ? u.value() : o);
        List<Map<String, Object>> allItemVars = new ArrayList<>();
        // what set_fact/include_vars set for an item, which the later items see (Ansible updates the loop's
        // task vars with each item's facts); read through, so filled as the items run
        Map<String, Object> carried = new LinkedHashMap<>();
        Map<String, Object> base = HostTaskRunner.layered(vars, carried);
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> lv = loopVars(control, items, i);
            lv.put(control.loopVar(), varItems.get(i));
            allItemVars.add(HostTaskRunner.layered(base, lv));
        }
        List<Map<String, Object>> answers = runner.prefetch(tc, host, allItemVars, emitter);
        int answered = 0; // answers.get(k) belongs to item answered + k
        List<Object> results = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            Map<String, Object> itemVars = allItemVars.get(i);
            Map<String, Object> r = runner.checkConditions(tc, tc.conditions(), itemVars);
            if (r == null) {
                r = runner.runWithRetries(tc, host, itemVars, play, emitter, displayName,
                        answers == null ? null : answers.get(i - answered));
                if (answers != null && r.get("attempts") instanceof Number n && n.intValue() > 1) {
                    // the item was retried, so the batch's answers for the rest are older than the
                    // retry delay: read the rest again (one exec), as each item's first attempt would
                    // read now (1,000 async jobs: the ones still running at the first read are not
                    // each retried after a delay when they have finished since)
                    answered = i + 1;
                    answers = answered < items.size()
                            ? runner.prefetch(tc, host, allItemVars.subList(answered, items.size()), emitter) : null;
                }
                if (BoolKeywords.isInvalid(r)) {
                    return r; // Ansible's executor gives up on the whole loop: one result, no items
                }
            }
            if (CLEAN_FACTS.contains(tc.task().module()) && r.get("ansible_facts") instanceof Map<?, ?> facts) {
                facts.forEach((k, v) -> carried.put(String.valueOf(k), v));
            }
            r.putIfAbsent("changed", false);
            r.put(control.loopVar(), item);
            r.put("ansible_loop_var", control.loopVar());
            if (control.indexVar() != null) {
                r.put(control.indexVar(), (long) i);
                r.put("ansible_index_var", control.indexVar());
            }
            if (control.extended()) {
                r.put("ansible_loop", extended(items, i, control.extendedAllitems()));
            }
            // as Ansible: the label is templated, '{{ <loop_var> }}' when loop_control gives none (a plain
            // item holding a template shows its value)
            Object labelSource = control.label() != null ? control.label() : "{{" + control.loopVar() + "}}";
            Object label;
            try {
                label = templater.template(labelSource, itemVars);
            } catch (TemplateException e) {
                label = control.label() != null ? control.label() : item;
            }
            r.put("_ansible_no_log", noLog);
            r.put("_ansible_item_label", label);
            TaskResult itemResult = TaskResult.of(r);
            Object shown = label;
            Map<String, Object> delegated = r;
            if (!itemResult.failed() && !itemResult.unreachable() && !itemResult.skipped()
                    && runner.diffMode(tc, itemVars)) {
                emitter.emit(l -> l.fileDiff(new RunListener.HostResult(host.name(), null, displayName,
                        tc.task().module(), itemResult, false, noLog, false)));
            }
            emitter.emit(l -> l.itemResult(new RunListener.ItemResult(host.name(), null, displayName,
                    tc.task().action(), shown, itemResult, noLog)));
            results.add(delegated);
            pause(tc, control, itemVars, i, items.size());
        }
        return combine(results);
    }

    private void pause(TaskContext tc, LoopControl control, Map<String, Object> vars, int index, int size) {
        if (control.pause() == null || index == size - 1) {
            return;
        }
        try {
            double seconds = Double.parseDouble(String.valueOf(templater.template(control.pause(), vars)));
            sleeper.sleep(java.time.Duration.ofMillis((long) (seconds * 1000)));
        } catch (TemplateException | NumberFormatException e) {
            // an invalid pause is ignored, as Ansible's float() would have failed earlier
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code loop_var} and {@code index_var} templated, as Ansible post-validates {@code loop_control}. */
    static LoopControl templated(LoopControl control, Templater templater, Map<String, Object> vars)
            throws TemplateException {
        String loopVar = control.loopVar();
        String indexVar = control.indexVar();
        if (!loopVar.contains("{") && (indexVar == null || !indexVar.contains("{"))) {
            return control;
        }
        return new LoopControl(String.valueOf(templater.template(loopVar, vars)),
                indexVar == null ? null : String.valueOf(templater.template(indexVar, vars)), control.label(),
                control.pause(), control.extended(), control.extendedAllitems());
    }

    /** The variables of item {@code i}: the loop variable, index variable and {@code ansible_loop} as configured. */
    static Map<String, Object> loopVars(LoopControl control, List<Object> items, int i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(control.loopVar(), items.get(i));
        m.put("ansible_loop_var", control.loopVar());
        if (control.indexVar() != null) {
            m.put(control.indexVar(), (long) i);
            m.put("ansible_index_var", control.indexVar());
        }
        if (control.extended()) {
            m.put("ansible_loop", extended(items, i, control.extendedAllitems()));
        }
        return m;
    }

    /** {@code ansible_loop}, keys in Ansible's order; {@code allitems} unless {@code extended_allitems: false}. */
    private static Map<String, Object> extended(List<Object> items, int i, boolean allitems) {
        Map<String, Object> loop = new LinkedHashMap<>();
        loop.put("index", (long) i + 1);
        loop.put("index0", (long) i);
        loop.put("first", i == 0);
        loop.put("last", i == items.size() - 1);
        loop.put("length", (long) items.size());
        loop.put("revindex", (long) (items.size() - i));
        loop.put("revindex0", (long) (items.size() - i - 1));
        if (allitems) {
            loop.put("allitems", items);
        }
        if (i < items.size() - 1) {
            loop.put("nextitem", items.get(i + 1));
        }
        if (i > 0) {
            loop.put("previtem", items.get(i - 1));
        }
        return loop;
    }

    /** Ansible's roll-up of item results into the task result. */
    static Map<String, Object> combine(List<Object> results) {
        Map<String, Object> res = new LinkedHashMap<>();
        boolean changed = false;
        boolean skipped = true;
        boolean failed = false;
        for (Object o : results) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) o;
            changed |= Truth.isTrue(item.get("changed"));
            if (!Truth.isTrue(item.get("skipped"))) {
                skipped = false;
            }
            failed |= Truth.isTrue(item.get("failed"));
        }
        if (changed) {
            res.put("changed", true);
        }
        res.put("msg", failed ? "One or more items failed" : skipped ? "All items skipped" : "All items completed");
        res.put("results", results);
        res.put("skipped", skipped);
        if (failed) {
            res.put("failed", true);
        }
        return res;
    }
}
