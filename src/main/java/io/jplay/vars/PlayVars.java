package io.jplay.vars;

import java.util.List;
import java.util.Map;

/**
 * Play-wide variables: the play's {@code vars} and loaded {@code vars_files}, and the magic
 * variables that are the same for every host of the play.
 */
public record PlayVars(Map<String, Object> vars, Map<String, Object> varsFiles, Map<String, Object> magic,
        List<String> playHosts) {

    public PlayVars {
        playHosts = List.copyOf(playHosts);
    }
}
