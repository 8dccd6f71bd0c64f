package io.jplay.output;

import io.jplay.json.JsonWriter;
import java.util.Map;
import java.util.Set;

/**
 * Ansible's {@code _dump_results}: the clean result without internal keys, {@code exception}, and (below
 * {@code -vvv}) {@code invocation}/{@code diff}, as sorted JSON with non-ASCII kept, indented by 4 for
 * results that ask to be verbose and at {@code -vvv}; or, with {@code result_format = yaml}, as indented
 * block YAML.
 */
final class ResultDumper {
    private final int verbosity;
    private final OutputSettings.ResultFormat format;

    ResultDumper(int verbosity) {
        this(verbosity, OutputSettings.ResultFormat.JSON);
    }

    ResultDumper(int verbosity, OutputSettings.ResultFormat format) {
        this.verbosity = verbosity;
        this.format = format;
    }

    String dump(Map<String, Object> result) {
        return dump(result, -1);
    }

    /** @param indent the caller's indent, or -1 for none ({@code 0} counts as none, as in Python) */
    String dump(Map<String, Object> result, int indent) {
        int effective = indent;
        boolean yaml = format == OutputSettings.ResultFormat.YAML;
        if (indent <= 0 && (Boolean.TRUE.equals(result.get("_ansible_verbose_always")) || yaml || verbosity > 2)) {
            effective = 4;
        }
        Map<String, Object> abridged = CleanResult.copyMap(result);
        CleanResult.stripInternal(abridged, Set.of());
        if (verbosity < 3) {
            abridged.remove("invocation");
            abridged.remove("diff");
        }
        abridged.remove("exception");
        if (yaml) {
            return yaml(abridged, effective);
        }
        if (format == OutputSettings.ResultFormat.COMMUNITY_YAML) {
            if (Boolean.TRUE.equals(result.get("_ansible_no_log"))) {
                return "{\"censored\": \"The output has been hidden due to the fact that 'no_log: true' was specified "
                        + "for this result\"}";
            }
            return CommunityYaml.dump(abridged);
        }
        return JsonWriter.python().sortKeys(true).ensureAscii(false).indent(effective).write(abridged);
    }

    /** The YAML form: stdout/stderr lines omitted when the text is there, a leading newline, every line indented. */
    private static String yaml(Map<String, Object> abridged, int indent) {
        for (String stream : new String[] {"stdout", "stderr"}) {
            if (abridged.containsKey(stream) && abridged.containsKey(stream + "_lines")) {
                abridged.put(stream + "_lines", "<omitted>");
            }
        }
        String prefix = " ".repeat(indent > 0 ? indent : 4);
        StringBuilder sb = new StringBuilder("\n");
        for (String line : CallbackYaml.dump(abridged, indent).split("(?<=\n)")) {
            sb.append(line.isBlank() ? "" : prefix).append(line);
        }
        return sb.toString();
    }

    /** Whether a result is shown with its JSON ({@code _run_is_verbose}). */
    boolean isVerbose(Map<String, Object> clean, int threshold) {
        boolean verbose = verbosity > threshold || Boolean.TRUE.equals(clean.get("_ansible_verbose_always"));
        return verbose && !Boolean.TRUE.equals(clean.get("_ansible_verbose_override"));
    }
}
