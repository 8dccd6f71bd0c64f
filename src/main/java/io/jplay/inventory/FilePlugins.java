package io.jplay.inventory;

import io.jplay.yaml.YamlException;
import io.jplay.yaml.YamlLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Ansible's file-based {@code yaml} and {@code ini} plugins, over jplay's two parsers. */
final class FilePlugins {
    static final Set<String> YAML_EXTENSIONS = Set.of(".yaml", ".yml", ".json");

    private FilePlugins() {
    }

    /** Ansible's base verify_file: the path exists and is readable. */
    static boolean readable(String source) {
        Path p = Path.of(source);
        return Files.exists(p) && Files.isReadable(p);
    }

    /** Python's os.path.splitext extension of the path's last element ({@code ""} for {@code .hidden}). */
    static String extension(String source) {
        String name = Path.of(source).getFileName() == null ? "" : Path.of(source).getFileName().toString();
        int dot = name.lastIndexOf('.');
        int firstNonDot = 0;
        while (firstNonDot < name.length() && name.charAt(firstNonDot) == '.') {
            firstNonDot++;
        }
        return dot > firstNonDot ? name.substring(dot) : "";
    }

    /** The {@code yaml} plugin: files without extension or with {@code .yaml .yml .json}. */
    static InventoryPlugin yaml(String name, YamlLoader yaml, Consumer<String> warnings) {
        return new InventoryPlugin() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean verify(String source) {
                String ext = extension(source);
                return readable(source) && (ext.isEmpty() || YAML_EXTENSIONS.contains(ext));
            }

            @Override
            public void parse(InventoryBuilder builder, String source) {
                builder.currentSource(Path.of(source));
                try {
                    new YamlInventoryParser(builder, warnings).parse(yaml.load(Path.of(source)));
                } catch (YamlException e) {
                    throw new InventoryException(e.getMessage(), e);
                }
            }
        };
    }

    /** The {@code ini} plugin: any readable file (vaulted ones decrypted). */
    static InventoryPlugin ini(String name, YamlLoader yaml) {
        return new InventoryPlugin() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean verify(String source) {
                return readable(source);
            }

            @Override
            public void parse(InventoryBuilder builder, String source) {
                builder.currentSource(Path.of(source));
                List<String> lines;
                try {
                    lines = new String(yaml.readBytes(Path.of(source)), StandardCharsets.UTF_8).lines().toList();
                } catch (YamlException e) {
                    throw new InventoryException(e.getMessage(), e);
                }
                new IniInventoryParser(builder, source).parse(lines);
            }
        };
    }
}
