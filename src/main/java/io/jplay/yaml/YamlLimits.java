package io.jplay.yaml;

/**
 * How much YAML jplay reads, where Ansible sets no bound: the deepest nesting of maps and lists
 * ({@code yaml_max_depth}; Ansible's own reader fails past about 400 levels) and the largest file or
 * text ({@code yaml_max_bytes}). Past either the input is refused with a one-line
 * {@link YamlException}, never a stack overflow or an exhausted heap.
 */
public record YamlLimits(int maxDepth, long maxBytes) {
    /** 1000 levels, 256 MiB. */
    public static final YamlLimits DEFAULT = new YamlLimits(1000, 256L * 1024 * 1024);

    public YamlLimits {
        if (maxDepth < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("YAML limits must be positive: depth " + maxDepth + ", bytes " + maxBytes);
        }
    }
}
