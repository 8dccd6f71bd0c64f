package io.jplay.yaml;

import io.jplay.vault.VaultException;
import io.jplay.vault.VaultSecrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * Reads YAML as Ansible does (PyYAML's YAML 1.1 typing). Maps load as {@code LinkedHashMap} (key
 * order kept), sequences as {@code ArrayList}, integers as {@code Long} ({@code BigInteger} when
 * huge), floats as {@code Double}, {@code yes/no/on/off} as booleans, {@code 0755} as octal,
 * {@code ~} and empty values as {@code null}. Merge keys are expanded, aliases share the anchored value,
 * {@code !unsafe} gives {@link io.jplay.yaml.Unsafe} and {@code !vault} gives {@link VaultText}.
 * Duplicate keys keep the last value and are reported to the warning sink with Ansible's wording.
 * Errors are {@link YamlException}s whose message is the one ansible-playbook prints.
 */
public final class YamlLoader {

    /** The default deepest nesting of maps and lists read ({@link YamlLimits#DEFAULT}). */
    public static final int MAX_DEPTH = YamlLimits.DEFAULT.maxDepth();

    private final Consumer<String> warnings;
    private final VaultSecrets vault;
    private final YamlLimits limits;
    private final YamlStrings strings;
    private final Function<String, Object> timestamps;

    /** A loader that drops warnings and knows no vault secrets. */
    public YamlLoader() {
        this(w -> { });
    }

    /** A loader that reports warnings (duplicate keys) to {@code warnings} and knows no vault secrets. */
    public YamlLoader(Consumer<String> warnings) {
        this(warnings, VaultSecrets.none());
    }

    /** A loader that decrypts vaulted files and {@code !vault} values with {@code vault}. */
    public YamlLoader(Consumer<String> warnings, VaultSecrets vault) {
        this(warnings, vault, YamlLimits.DEFAULT);
    }

    /** A loader that decrypts with {@code vault} and refuses input past {@code limits}. */
    public YamlLoader(Consumer<String> warnings, VaultSecrets vault, YamlLimits limits) {
        this(warnings, vault, limits, YamlStrings.none());
    }

    /** A loader that decrypts with {@code vault}, refuses input past {@code limits} and notes its strings in {@code strings}. */
    public YamlLoader(Consumer<String> warnings, VaultSecrets vault, YamlLimits limits, YamlStrings strings) {
        this(warnings, vault, limits, strings, null);
    }

    private YamlLoader(Consumer<String> warnings, VaultSecrets vault, YamlLimits limits, YamlStrings strings,
            Function<String, Object> timestamps) {
        this.warnings = warnings;
        this.vault = vault;
        this.limits = limits;
        this.strings = strings;
        this.timestamps = timestamps;
    }

    /** This loader with other limits (same warnings, vault secrets and string notes). */
    public YamlLoader withLimits(YamlLimits other) {
        return new YamlLoader(warnings, vault, other, strings, timestamps);
    }

    /**
     * This loader making each plain scalar that YAML 1.1 reads as a timestamp ({@code 2024-01-02},
     * {@code 2001-12-14t21:59:43.10-05:00}) into {@code timestamps}' value for its text, as PyYAML makes a
     * {@code date} or {@code datetime}; other loaders keep the text.
     */
    public YamlLoader withTimestamps(Function<String, Object> timestamps) {
        return new YamlLoader(warnings, vault, limits, strings, timestamps);
    }

    /** Where this loader notes the strings it makes (Ansible's {@code AnsibleUnicode}). */
    public YamlStrings strings() {
        return strings;
    }

    /** The vault secrets this loader decrypts with. */
    public VaultSecrets vault() {
        return vault;
    }

    /** The first document of {@code file}, or {@code null} when it has none. */
    public Object load(Path file) throws YamlException {
        List<Object> docs = loadAll(file);
        return docs.isEmpty() ? null : docs.get(0);
    }

    public List<Object> loadAll(Path file) throws YamlException {
        return loadAll(read(file), file.toString());
    }

    /** Every document of {@code text}; {@code label} names the source in marks and messages. */
    public List<Object> loadAll(String text, String label) throws YamlException {
        List<Object> docs = new ArrayList<>();
        for (LoadedYaml doc : loadAllLocated(text, label, false)) {
            docs.add(doc.data());
        }
        return docs;
    }

    /** The first document of {@code file} with the start marks of its maps and lists (and of a document that is one string). */
    public LoadedYaml loadLocated(Path file) throws YamlException {
        List<LoadedYaml> docs = loadAllLocated(read(file), file.toString(), true);
        return docs.isEmpty() ? new LoadedYaml(null, Map.of()) : docs.get(0);
    }

    /** The first document of {@code text} with the start marks of its maps and lists. */
    public LoadedYaml loadLocated(String text, String label) throws YamlException {
        List<LoadedYaml> docs = loadAllLocated(text, label, false);
        return docs.isEmpty() ? new LoadedYaml(null, Map.of()) : docs.get(0);
    }

    private String read(Path file) throws YamlException {
        return new String(readBytes(file), StandardCharsets.UTF_8);
    }

    /**
     * The bytes of {@code file}, decrypted when the file is vaulted, as Ansible reads every data
     * file (vars files, inventories, {@code copy} sources).
     *
     * @throws VaultedFileException with Ansible's message when a vaulted file cannot be decrypted
     */
    public byte[] readBytes(Path file) throws YamlException {
        byte[] data;
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw tooLarge(file.toString(), size);
            }
            data = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new YamlException("Could not read " + file + ": " + e.getMessage(), file.toString(), 0, 0, e);
        }
        try {
            return vault.decryptIfVaulted(data, file.toString());
        } catch (VaultException e) {
            throw new VaultedFileException(e.getMessage(), file.toString(), e);
        }
    }

    private YamlException tooLarge(String label, long size) {
        return new YamlException(label + " is " + size + " bytes, more than yaml_max_bytes (" + limits.maxBytes()
                + "; JPLAY_YAML_MAX_BYTES)", label, 0, 0, null);
    }

    private List<LoadedYaml> loadAllLocated(String text, String label, boolean onDisk) throws YamlException {
        if (text.length() > limits.maxBytes()) {
            throw tooLarge(label, text.length());
        }
        LoadSettings settings = LoadSettings.builder().setLabel(label).setSchema(new AnsibleSchema())
                .setAllowDuplicateKeys(true).setAllowNonScalarKeys(true).setMaxAliasesForCollections(1000)
                .setCodePointLimit(Integer.MAX_VALUE)
                // the whole text in one read: with a small buffer the reader re-copies its window for
                // every buffer of a long token it looks ahead through, quadratic in the token's length
                .setBufferSize(text.length() + 1).build();
        List<LoadedYaml> docs = new ArrayList<>();
        // Ansible reads text that is JSON with json.loads first: its strings are plain str, not AnsibleUnicode
        YamlStrings marks = strings.notes() && isJson(text) ? YamlStrings.none() : strings;
        try {
            Parser events = new DepthLimitedParser(new ParserImpl(settings, new StreamReader(settings, text)), limits.maxDepth());
            for (Node node : (Iterable<Node>) () -> new Composer(settings, events)) {
                NodeConstructor constructor = new NodeConstructor(label, warnings, vault, marks, timestamps);
                try {
                    Object data = constructor.construct(node);
                    if (data instanceof String) {
                        // a document that is one string: its place too, for "must contain a list" errors
                        constructor.locations().put(data, constructor.markOf(node));
                    }
                    docs.add(new LoadedYaml(data, constructor.locations()));
                } catch (NodeConstructor.Problem p) {
                    Mark at = constructor.markOf(p.node);
                    throw new YamlException(YamlSyntaxMessage.build(text, p.getMessage(), label, onDisk,
                            at.line(), at.column()), label, at.line(), at.column(), p);
                }
            }
        } catch (DepthLimitedParser.TooDeep e) {
            int line = e.at.getStartMark().map(m -> m.getLine() + 1).orElse(0);
            int col = e.at.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
            throw new YamlTooDeepException("Could not read " + label + ": YAML " + e.getMessage() + " at line "
                    + line + ", column " + col, label, line, col);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            int col = e.getProblemMark().map(m -> m.getColumn() + 1).orElse(0);
            if (e.getProblemMark().map(m -> m.getIndex() >= text.codePointCount(0, text.length())).orElse(false)
                    && !text.isEmpty() && !text.endsWith("\n") && !text.endsWith("\r")) {
                // libyaml, which Ansible parses with, puts the end of a text without a final line break
                // at the start of the line after it
                line++;
                col = 1;
            }
            String message = YamlSyntaxMessage.build(text, YamlSyntaxMessage.problemOf(e), label, onDisk, line, col);
            throw new YamlException(message, label, line, col, e);
        } catch (YamlEngineException e) {
            throw new YamlException(YamlSyntaxMessage.build(text, e.getMessage(), label, onDisk, 0, 0),
                    label, 0, 0, e);
        }
        return docs;
    }

    private static boolean isJson(String text) {
        String t = text.strip();
        if (t.isEmpty() || "{[\"".indexOf(t.charAt(0)) < 0) {
            return false;
        }
        try {
            io.jplay.json.JsonParser.parse(t);
            return true;
        } catch (io.jplay.json.JsonException | RuntimeException e) {
            return false;
        }
    }

    /** YAML 1.1 resolution; construction is done by {@link NodeConstructor}, not by the schema. */
    private static final class AnsibleSchema implements Schema {
        private final Yaml11Resolver resolver = new Yaml11Resolver();

        @Override
        public org.snakeyaml.engine.v2.resolver.ScalarResolver getScalarResolver() {
            return resolver;
        }

        @Override
        public Map<Tag, org.snakeyaml.engine.v2.api.ConstructNode> getSchemaTagConstructors() {
            return Map.of();
        }
    }
}
