package io.jplay.yaml;

import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Resolves plain scalars with YAML 1.1 rules as PyYAML (and so Ansible) does: {@code yes/no/on/off},
 * octal {@code 0755}, underscores in numbers, sexagesimal {@code 1:20}, {@code ~} as null.
 */
final class Yaml11Resolver implements ScalarResolver {

    static final Pattern BOOL = Pattern.compile(
            "yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
    static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    static final Pattern INT = Pattern.compile(
            "[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+");
    static final Pattern FLOAT = Pattern.compile(
            "[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9_]+(?:[eE][-+][0-9]+)?"
                    + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");
    static final Pattern TIMESTAMP = Pattern.compile("[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
            + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
            + "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?");
    static final Tag TIMESTAMP_TAG = new Tag("tag:yaml.org,2002:timestamp");
    /** Not snakeyaml's own merge tag: its composer would merge in the wrong order. */
    static final Tag MERGE = new Tag("tag:jplay,2026:merge");

    @Override
    public Tag resolve(String value, Boolean implicit) {
        if (!implicit) {
            return Tag.STR;
        }
        if (NULL.matcher(value).matches()) {
            return Tag.NULL;
        }
        if (BOOL.matcher(value).matches()) {
            return Tag.BOOL;
        }
        if (INT.matcher(value).matches()) {
            return Tag.INT;
        }
        if (FLOAT.matcher(value).matches()) {
            return Tag.FLOAT;
        }
        if (value.equals("<<")) {
            return MERGE;
        }
        if (!value.isEmpty() && Character.isDigit(value.charAt(0)) && TIMESTAMP.matcher(value).matches()) {
            return TIMESTAMP_TAG;
        }
        return Tag.STR;
    }
}
