package io.jplay.module;

import java.util.LinkedHashMap;
import java.util.Map;

/** A module failed with a message; optional extra keys go into the result beside {@code msg}. */
public class ModuleException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Map<String, Object> extra;
    private boolean raised;
    private boolean escaped;

    public ModuleException(String message) {
        this(message, Map.of());
    }

    public ModuleException(String message, Map<String, Object> extra) {
        super(message);
        this.extra = new LinkedHashMap<>(extra);
    }

    /**
     * An error an Ansible action plugin raises (rather than returns): the task's result is only
     * {@code failed} and {@code msg}, without the {@code changed} a returned result gets.
     */
    public static ModuleException raised(String message) {
        ModuleException e = new ModuleException(message);
        e.raised = true;
        return e;
    }

    /**
     * Ansible's {@code AnsibleActionFail} leaving its action plugin (argument validation of {@code pause} and
     * {@code async_status}, most of {@code fetch}'s errors): the task's result is the plugin's failure alone, without
     * the {@code _ansible_no_log} the executor adds to a result the plugin returns.
     */
    public static ModuleException actionFailed(String message) {
        ModuleException e = new ModuleException(message);
        e.escaped = true;
        return e;
    }

    /** Whether this failure left its action plugin ({@link #actionFailed(String)}). */
    public boolean escapedAction() {
        return escaped;
    }

    /** Whether this is an error the action raised ({@link #raised(String)}). */
    public boolean isRaised() {
        return raised;
    }

    /** The failed result: {@code failed: true}, {@code msg} and the extra keys. */
    public Map<String, Object> toResult() {
        Map<String, Object> result = new LinkedHashMap<>(extra);
        result.put("failed", true);
        result.put("msg", getMessage());
        if (escaped) {
            // Ansible's AnsibleActionFail records the traceback being handled: none
            result.put("exception", "NoneType: None\n");
        }
        return result;
    }
}
