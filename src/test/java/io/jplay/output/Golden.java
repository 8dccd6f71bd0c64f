package io.jplay.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test utility: reads golden files captured from ansible-core 2.14 under {@code src/test/resources/output/}. */
final class Golden {
    private Golden() {
    }

    static String read(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/output/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing golden file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replays {@code dir/name.events} into a renderer and returns {stdout, stderr}. */
    static String[] render(String dir, String name, java.util.function.BiFunction<StringBuilder, StringBuilder,
            RunListener> renderer) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        EventScript.replay(read(dir + "/" + name + ".events"), renderer.apply(out, err));
        return new String[] {out.toString(), err.toString()};
    }
}
