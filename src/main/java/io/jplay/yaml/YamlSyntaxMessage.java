package io.jplay.yaml;

import io.jplay.json.JsonException;
import io.jplay.json.JsonParser;

import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Builds the message ansible-playbook prints when a file is not valid YAML: the JSON attempt's
 * error, PyYAML/libyaml's problem text, then the position details.
 */
final class YamlSyntaxMessage {

    private YamlSyntaxMessage() {
    }

    static String build(String text, String problem, String file, boolean fileOnDisk, int line, int column) {
        String head = "We were unable to read either as JSON nor YAML, these are the errors we got from each:\n"
                + "JSON: " + jsonError(text) + "\n\nSyntax Error while loading YAML.\n  " + problem;
        if (line <= 0) {
            return head;
        }
        return head + "\n\n" + AnsibleErrorText.positionDetails(file, fileOnDisk ? null : text, line, column);
    }

    /** What Python's json module says about a document that is not JSON (Ansible tries JSON first). */
    static String jsonError(String text) {
        try {
            JsonParser.parse(text);
            return "";
        } catch (JsonException e) {
            return e.getMessage();
        }
    }

    /** snakeyaml-engine's wording translated to the libyaml wording Ansible users see. */
    static String problemOf(MarkedYamlEngineException e) {
        String problem = Optional.ofNullable(e.getProblem()).orElse("");
        String context = Optional.ofNullable(e.getContext()).orElse("");
        if (problem.startsWith("expected <block end>")) {
            return context.contains("block collection") ? "did not find expected '-' indicator"
                    : "did not find expected key";
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return "mapping values are not allowed in this context";
        }
        if (problem.contains("that cannot start any token")) {
            return "found character that cannot start any token";
        }
        if (problem.startsWith("could not find expected ':'")) {
            return "could not find expected ':'";
        }
        if (problem.startsWith("expected ',' or ']'")) {
            return "did not find expected ',' or ']'";
        }
        if (problem.startsWith("expected ',' or '}'")) {
            return "did not find expected ',' or '}'";
        }
        if (problem.startsWith("found undefined alias")) {
            return "found undefined alias";
        }
        if (problem.startsWith("expected <document start>")) {
            return "did not find expected <document start>";
        }
        return problem;
    }
}
