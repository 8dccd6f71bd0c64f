package io.jplay.yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads YAML as Ansible does (PyYAML's YAML 1.1 typing). Maps load as {@code LinkedHashMap} (key
 * order kept), sequences as {@code ArrayList}, integers as {@code Long}, floats as {@code Double}.
 */
public final class YamlLoader {

    public Object load(Path file) throws YamlException {
        List<Object> docs = loadAll(file);
        return docs.isEmpty() ? null : docs.get(0);
    }

    public List<Object> loadAll(Path file) throws YamlException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new YamlException("Could not read " + file + ": " + e.getMessage(), file.toString(), 0, 0, e);
        }
        return loadAll(text, file.toString());
    }

    public List<Object> loadAll(String text, String label) throws YamlException {
        LoadSettings settings = LoadSettings.builder().setLabel(label).setSchema(new CoreSchema())
                .setAllowDuplicateKeys(true).build();
        try {
            List<Object> docs = new ArrayList<>();
            for (Object doc : new Load(settings).loadAllFromString(text)) {
                docs.add(doc);
            }
            return docs;
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            int col = e.getProblemMark().map(m -> m.getColumn() + 1).orElse(0);
            throw new YamlException(e.getMessage(), label, line, col, e);
        } catch (YamlEngineException e) {
            throw new YamlException(e.getMessage(), label, 0, 0, e);
        }
    }
}
