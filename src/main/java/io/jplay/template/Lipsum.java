package io.jplay.template;

import java.util.List;
import java.util.Random;

/**
 * Jinja2's {@code lipsum(n=5, html=True, min=20, max=100)} global: n paragraphs of
 * {@code randrange(min, max)} words from Jinja2's lorem ipsum word list, no word twice in a row,
 * the first capitalised, a comma now and then and a full stop closing each sentence and each
 * paragraph; paragraphs in {@code <p>...</p>} joined by newlines, or by blank lines without html.
 */
final class Lipsum {
    private static final List<String> WORDS = List.of(("""
            a ac accumsan ad adipiscing aenean aliquam aliquet amet ante aptent arcu at auctor augue 
            bibendum blandit class commodo condimentum congue consectetuer consequat conubia convallis cras 
            cubilia cum curabitur curae cursus dapibus diam dictum dictumst dignissim dis dolor donec dui 
            duis egestas eget eleifend elementum elit enim erat eros est et etiam eu euismod facilisi 
            facilisis fames faucibus felis fermentum feugiat fringilla fusce gravida habitant habitasse hac 
            hendrerit hymenaeos iaculis id imperdiet in inceptos integer interdum ipsum justo lacinia lacus 
            laoreet lectus leo libero ligula litora lobortis lorem luctus maecenas magna magnis malesuada 
            massa mattis mauris metus mi molestie mollis montes morbi mus nam nascetur natoque nec neque 
            netus nibh nisi nisl non nonummy nostra nulla nullam nunc odio orci ornare parturient pede 
            pellentesque penatibus per pharetra phasellus placerat platea porta porttitor posuere potenti 
            praesent pretium primis proin pulvinar purus quam quis quisque rhoncus ridiculus risus rutrum 
            sagittis sapien scelerisque sed sem semper senectus sit sociis sociosqu sodales sollicitudin 
            suscipit suspendisse taciti tellus tempor tempus tincidunt torquent tortor tristique turpis 
            ullamcorper ultrices ultricies urna ut varius vehicula vel velit venenatis vestibulum vitae 
            vivamus viverra volutpat vulputate
            """).strip().split("\\s+"));

    private Lipsum() {
    }

    static void register(Library lib) {
        lib.function("lipsum", c -> generate(new Random(), c.integer(0, "n", 5), c.bool(1, "html", true),
                c.integer(2, "min", 20), c.integer(3, "max", 100)));
    }

    static String generate(Random random, long n, boolean html, long min, long max) throws TemplateException {
        StringBuilder out = new StringBuilder();
        for (long i = 0; i < n; i++) {
            String p = paragraph(random, min, max);
            if (i > 0) {
                out.append(html ? "\n" : "\n\n");
            }
            out.append(html ? "<p>" + p + "</p>" : p);
        }
        return out.toString();
    }

    private static String paragraph(Random random, long min, long max) throws TemplateException {
        long count = randrange(random, min, max);
        StringBuilder p = new StringBuilder();
        boolean capitalize = true;
        long lastComma = 0;
        long lastFullstop = 0;
        String last = null;
        for (long idx = 0; idx < count; idx++) {
            String word;
            do {
                word = WORDS.get(random.nextInt(WORDS.size()));
            } while (word.equals(last));
            last = word;
            if (capitalize) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                capitalize = false;
            }
            if (idx - randrange(random, 3, 8) > lastComma) {
                lastComma = idx;
                lastFullstop += 2;
                word += ",";
            }
            if (idx - randrange(random, 10, 20) > lastFullstop) {
                lastComma = idx;
                lastFullstop = idx;
                word += ".";
                capitalize = true;
            }
            p.append(idx > 0 ? " " : "").append(word);
        }
        if (p.length() > 0 && p.charAt(p.length() - 1) == ',') {
            p.setCharAt(p.length() - 1, '.');
        } else if (p.length() == 0 || p.charAt(p.length() - 1) != '.') {
            p.append('.');
        }
        return p.toString();
    }

    /** Python's {@code random.randrange(start, stop)}, with its error for an empty range. */
    private static long randrange(Random random, long start, long stop) throws TemplateException {
        if (stop <= start) {
            throw TemplateException.valueError("empty range for randrange() (" + start + ", " + stop + ", " + (stop - start) + ")");
        }
        return start + (long) (random.nextDouble() * (stop - start));
    }
}
