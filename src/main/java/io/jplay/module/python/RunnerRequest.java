package io.jplay.module.python;

import java.util.Map;

/**
 * One module run sent to a {@link ModuleRunner}.
 *
 * @param module the module as the host and its results name it (its fully qualified name)
 * @param pythonName the module's Python module name inside its zip
 * @param shortName the module's short name (names the zip's file on the target)
 * @param payload the module's zip
 * @param args the arguments document {@code {"ANSIBLE_MODULE_ARGS": {...}}} as bytes
 * @param environment the task's environment, set in the module's process
 */
record RunnerRequest(String module, String pythonName, String shortName, PayloadCache.Payload payload, byte[] args,
        Map<String, String> environment) {

    RunnerRequest {
        environment = Map.copyOf(environment);
    }
}
