package io.jplay.yaml;

import io.jplay.vault.VaultSecrets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Builds Java values from a composed node tree the way Ansible's YAML constructor does: merge keys
 * flattened first, duplicate keys warned about (last wins), {@code !unsafe} and {@code !vault}
 * recognised. Like PyYAML, an anchored node is constructed once and every alias to it shares that
 * value, so an alias bomb ({@code &b [*a, *a, ...]} nested) costs time and memory linear in the file
 * size; a node that contains an alias to itself is refused. The start mark of every map and list is
 * recorded by identity.
 */
final class NodeConstructor {

    /** A construction problem at a known node. */
    static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Node node;

        Problem(String message, Node node) {
            super(message);
            this.node = node;
        }
    }

    private static final int MAX_DEPTH = 5_000;
    private final String label;
    private final Consumer<String> warnings;
    private final IdentityHashMap<Object, Mark> locations = new IdentityHashMap<>();
    /** Values of the nodes constructed so far: an alias gives the anchored node's value again. */
    private final IdentityHashMap<Node, Object> built = new IdentityHashMap<>();
    /** Collection nodes being constructed now: meeting one again means the node contains itself. */
    private final IdentityHashMap<Node, Boolean> underway = new IdentityHashMap<>();
    /** Merge-flattened tuples per mapping node, so an aliased mapping merged many times costs once. */
    private final IdentityHashMap<MappingNode, List<NodeTuple>> flattened = new IdentityHashMap<>();
    /** Per mapping node, the merged tuples dropped as repeats (still warned about as duplicates). */
    private final IdentityHashMap<MappingNode, List<NodeTuple>> repeats = new IdentityHashMap<>();
    /** {@code !unsafe} copies per value, so shared values are wrapped once. */
    private final IdentityHashMap<Object, Object> unsafeCopies = new IdentityHashMap<>();
    private int depth;

    private final VaultSecrets vault;
    private final YamlStrings strings;
    private final Function<String, Object> timestamps;

    /** @param timestamps makes a timestamp's value from its text, or null to keep the text */
    NodeConstructor(String label, Consumer<String> warnings, VaultSecrets vault, YamlStrings strings,
            Function<String, Object> timestamps) {
        this.timestamps = timestamps;
        this.label = label;
        this.warnings = warnings;
        this.vault = vault;
        this.strings = strings;
    }

    Map<Object, Mark> locations() {
        return locations;
    }

    Object construct(Node node) {
        if (built.containsKey(node)) {
            return built.get(node);
        }
        if (underway.containsKey(node)) {
            throw new Problem("found a recursive structure (a node that contains an alias to itself)", node);
        }
        if (++depth > MAX_DEPTH) {
            throw new Problem("found a too deeply nested structure", node);
        }
        underway.put(node, Boolean.TRUE);
        try {
            Object value = constructTagged(node);
            built.put(node, value);
            return value;
        } finally {
            underway.remove(node);
            depth--;
        }
    }

    private Object constructTagged(Node node) {
        String tag = node.getTag().getValue();
        if (tag.equals("!unsafe")) {
            return markUnsafe(constructPlain(node, true));
        }
        if (tag.equals("!vault") || tag.equals("!vault-encrypted")) {
            return new VaultText(scalarText(node), vault);
        }
        return constructPlain(node, false);
    }

    private Object constructPlain(Node node, boolean ignoreTag) {
        if (node instanceof ScalarNode scalar) {
            return ignoreTag ? scalar.getValue() : scalar(scalar);
        }
        if (node instanceof SequenceNode seq) {
            List<Object> list = new ArrayList<>(seq.getValue().size());
            remember(list, node);
            for (Node item : seq.getValue()) {
                list.add(construct(item));
            }
            return list;
        }
        return mapping((MappingNode) node);
    }

    private Object scalar(ScalarNode node) {
        Tag tag = node.getTag();
        String v = node.getValue();
        try {
            if (tag.equals(Tag.NULL)) {
                return null;
            }
            if (tag.equals(Tag.BOOL)) {
                return Yaml11Scalars.toBool(v);
            }
            if (tag.equals(Tag.INT)) {
                return Yaml11Scalars.toInt(v);
            }
            if (tag.equals(Tag.FLOAT)) {
                return Yaml11Scalars.toFloat(v);
            }
        } catch (NumberFormatException e) {
            throw new Problem("invalid value for " + tag.getValue() + ": '" + v + "'", node);
        }
        if (timestamps != null && tag.equals(Yaml11Resolver.TIMESTAMP_TAG)) {
            return timestamps.apply(v);
        }
        if (tag.equals(Tag.STR) || tag.equals(Yaml11Resolver.MERGE) || tag.equals(Tag.BINARY)
                || tag.getValue().startsWith("tag:yaml.org,2002:timestamp")) {
            strings.add(v);
            return v;
        }
        throw new Problem("could not determine a constructor for the tag '" + tag.getValue() + "'", node);
    }

    private Map<Object, Object> mapping(MappingNode node) {
        Map<Object, Object> map = new LinkedHashMap<>();
        remember(map, node);
        for (NodeTuple tuple : flatten(node, 0)) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode)) {
                String type = keyNode instanceof SequenceNode ? "AnsibleSequence" : "AnsibleMapping";
                throw new Problem("found unacceptable key (unhashable type: '" + type + "')", keyNode);
            }
            Object key = construct(keyNode);
            if (map.containsKey(key)) {
                warnDuplicate(node, key);
            }
            map.put(key, construct(tuple.getValueNode()));
        }
        for (NodeTuple repeat : repeats.getOrDefault(node, List.of())) {
            warnDuplicate(node, construct(repeat.getKeyNode()));
        }
        return map;
    }

    private void warnDuplicate(MappingNode node, Object key) {
        Mark at = markOf(node);
        warnings.accept("While constructing a mapping from " + at.file() + ", line " + at.line()
                + ", column " + at.column() + ", found a duplicate dict key (" + io.jplay.python.PyRepr.str(key)
                + "). Using last defined value only.");
    }

    /** The mapping's tuples with {@code <<} merges expanded in front, as PyYAML orders them. */
    private List<NodeTuple> flatten(MappingNode node, int level) {
        if (level > 100) {
            throw new Problem("found a recursive merge", node);
        }
        List<NodeTuple> done = flattened.get(node);
        if (done == null) {
            done = flattenOnce(node, level);
            flattened.put(node, done);
        }
        return done;
    }

    /**
     * Merged tuples first, then the mapping's own. The same tuple reached through several aliases is
     * kept once (at its first place, as the map would keep it), so nested merges stay linear.
     */
    private List<NodeTuple> flattenOnce(MappingNode node, int level) {
        List<NodeTuple> merged = new ArrayList<>();
        List<NodeTuple> local = new ArrayList<>();
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            if (key instanceof ScalarNode s && s.getTag().equals(Yaml11Resolver.MERGE)) {
                Node value = tuple.getValueNode();
                if (value instanceof MappingNode m) {
                    merged.addAll(0, flatten(m, level + 1));
                } else if (value instanceof SequenceNode seq) {
                    List<List<NodeTuple>> parts = new ArrayList<>();
                    for (Node sub : seq.getValue()) {
                        if (!(sub instanceof MappingNode sm)) {
                            throw new Problem("expected a mapping for merging, but found " + kind(sub), sub);
                        }
                        parts.add(flatten(sm, level + 1));
                    }
                    for (int i = parts.size() - 1; i >= 0; i--) {
                        merged.addAll(parts.get(i));
                    }
                } else {
                    throw new Problem("expected a mapping or list of mappings for merging, but found "
                            + kind(value), value);
                }
            } else {
                local.add(tuple);
            }
        }
        merged.addAll(local);
        if (merged.size() == local.size()) {
            return merged;
        }
        Map<NodeTuple, Boolean> seen = new IdentityHashMap<>();
        List<NodeTuple> unique = new ArrayList<>(merged.size());
        List<NodeTuple> dropped = new ArrayList<>();
        for (NodeTuple t : merged) {
            (seen.put(t, Boolean.TRUE) == null ? unique : dropped).add(t);
        }
        repeats.put(node, dropped);
        return unique;
    }

    private static String kind(Node node) {
        return node instanceof ScalarNode ? "scalar" : node instanceof SequenceNode ? "sequence" : "mapping";
    }

    private String scalarText(Node node) {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        throw new Problem("expected a scalar node, but found " + kind(node), node);
    }

    /**
     * The value with every string wrapped as {@link Unsafe}, in new containers (children may be shared
     * with aliases outside the {@code !unsafe} node); each shared container is wrapped once.
     */
    private Object markUnsafe(Object value) {
        if (value instanceof String s) {
            return new Unsafe(s);
        }
        if (!(value instanceof List<?>) && !(value instanceof Map<?, ?>)) {
            return value;
        }
        Object done = unsafeCopies.get(value);
        if (done != null) {
            return done;
        }
        Object copy;
        if (value instanceof List<?> list) {
            List<Object> l = new ArrayList<>(list.size());
            unsafeCopies.put(value, l);
            for (Object item : list) {
                l.add(markUnsafe(item));
            }
            copy = l;
        } else {
            Map<Object, Object> m = new LinkedHashMap<>();
            unsafeCopies.put(value, m);
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                m.put(e.getKey(), markUnsafe(e.getValue()));
            }
            copy = m;
        }
        Mark at = locations.get(value);
        if (at != null) {
            locations.put(copy, at);
        }
        return copy;
    }

    private void remember(Object value, Node node) {
        locations.put(value, markOf(node));
    }

    Mark markOf(Node node) {
        return node.getStartMark()
                .map(m -> new Mark(label, m.getLine() + 1, m.getColumn() + 1))
                .orElse(new Mark(label, 0, 0));
    }
}
