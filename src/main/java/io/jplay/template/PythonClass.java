package io.jplay.template;

/**
 * A value that stands for an object of a particular Ansible Python class in templates (as {@code hostvars}
 * is an {@code ansible.vars.hostvars.HostVars}): {@code type_debug} and Jinja2's error messages name that
 * class, and a missing key may give an undefined of its own name, as the class does.
 */
public interface PythonClass {
    /** The class's dotted name, module included: {@code ansible.vars.hostvars.HostVarsVars}. */
    String pythonClass();

    /**
     * The name of the undefined that reading the missing {@code key} gives ({@code hostvars['web9']}), or
     * null for Jinja2's usual {@code 'X object' has no attribute 'key'}.
     */
    default String undefinedName(Object key) {
        return null;
    }
}
