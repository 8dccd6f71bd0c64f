package io.jplay.vars;

import java.util.Map;

/** {@code group_vars/} and {@code host_vars/} beside the playbook. */
public interface PlaybookVarsSource {

    Map<String, Object> groupVars(String group);

    Map<String, Object> hostVars(String host);

    PlaybookVarsSource NONE = new PlaybookVarsSource() {
        @Override
        public Map<String, Object> groupVars(String group) {
            return Map.of();
        }

        @Override
        public Map<String, Object> hostVars(String host) {
            return Map.of();
        }
    };
}
