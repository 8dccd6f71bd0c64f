package io.jplay.template;

import io.jplay.python.PyUrl;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Identifiers, sizes and HTML text: {@code to_uuid}, {@code urldecode}, {@code filesizeformat},
 * and Jinja2's HTML filters ({@code escape}/{@code e}/{@code forceescape}, {@code safe},
 * {@code striptags}, {@code xmlattr}). Ansible renders with autoescape off, so escaped markup is
 * plain text here.
 */
final class WebFilters {
    private static final String ANSIBLE_NAMESPACE = "361E6D51-FAEC-444A-9079-341386DA8E2E";
    private static final String[] DECIMAL = {"kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};
    private static final String[] BINARY = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"};
    private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00a0", "raquo", "\u00bb", "laquo", "\u00ab", "copy", "\u00a9", "reg", "\u00ae");

    private WebFilters() {
    }

    private static VaultPlaintexts markup(Call c) {
        return c.rt().templater.vaultPlaintexts();
    }

    /** Jinja2's xmlattr refuses keys holding ASCII white space, {@code /}, {@code >} or {@code =}. */
    private static final java.util.regex.Pattern INVALID_ATTRIBUTE_KEY = java.util.regex.Pattern.compile("[ \\t\\n\\r\\f\\u000b/>=]");

    static void register(Library lib) {
        lib.filter("to_uuid", c -> toUuid(PythonRepr.str(c.value()), c.arg(0, "namespace", ANSIBLE_NAMESPACE)));
        lib.filter("urldecode", c -> {
            Object v = LazyVars.unwrap(c.value());
            if (!(v instanceof String s)) {
                throw new TemplateTypeError("a bytes-like object is required, not '" + PythonRepr.typeName(v) + "'");
            }
            return PyUrl.unquote(s.replace('+', ' '));
        });
        lib.filter("filesizeformat", c -> filesize(c.value(), c.bool(0, "binary", false)));
        // Jinja2's escape gives Markup and leaves Markup as it is; forceescape escapes Markup again
        Library.Fn escape = c -> markup(c).isMarkup(c.value()) ? c.value()
                : markup(c).markMarkup(escape(PythonRepr.str(c.value())));
        lib.filter("escape", escape);
        lib.filter("e", escape);
        lib.filter("forceescape", c -> markup(c).markMarkup(escape(PythonRepr.str(c.value()))));
        lib.filter("safe", c -> markup(c).isMarkup(c.value()) ? c.value() : markup(c).markMarkup(PythonRepr.str(c.value())));
        lib.filter("striptags", c -> striptags(PythonRepr.str(c.value())));
        lib.filter("xmlattr", c -> {
            StringBuilder sb = new StringBuilder();
            if (!(LazyVars.unwrap(c.value()) instanceof Map<?, ?> attrs)) {
                throw new TemplateException("'" + PythonRepr.typeName(c.value()) + "' object has no attribute 'items'");
            }
            for (Map.Entry<?, ?> e : attrs.entrySet()) {
                if (e.getValue() == null || e.getValue() instanceof Undefined) {
                    continue;
                }
                String key = PythonRepr.str(e.getKey());
                if (INVALID_ATTRIBUTE_KEY.matcher(key).find()) {
                    throw new TemplateException("Invalid character in attribute name: " + PythonRepr.repr(e.getKey()));
                }
                sb.append(sb.length() > 0 ? " " : "").append(escape(PythonRepr.str(e.getKey()))).append("=\"")
                        .append(escape(PythonRepr.str(e.getValue()))).append('"');
            }
            return sb.length() > 0 && c.bool(0, "autospace", true) ? " " + sb : sb.toString();
        });
    }

    /** markupsafe's escape: {@code & < > " '} as entities. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&#34;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }

    private static String striptags(String s) {
        String v = s.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<.*?>", "");
        v = String.join(" ", v.strip().split("\\s+"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z]+);").matcher(v);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r;
            if (e.startsWith("#x") || e.startsWith("#X")) {
                r = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
            } else if (e.startsWith("#")) {
                r = new String(Character.toChars(Integer.parseInt(e.substring(1))));
            } else {
                r = ENTITIES.getOrDefault(e, m.group());
            }
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String filesize(Object value, boolean binary) throws TemplateException {
        Object v = LazyVars.unwrap(value);
        double bytes;
        if (Ops.isNumber(v) || v instanceof Boolean) {
            bytes = Ops.toDouble(v);
        } else {
            try {
                bytes = Double.parseDouble(PythonRepr.str(v).strip());
            } catch (NumberFormatException e) {
                throw TemplateException.valueError("could not convert string to float: " + PythonRepr.repr(PythonRepr.str(v)));
            }
        }
        int base = binary ? 1024 : 1000;
        if (bytes == 1) {
            return "1 Byte";
        }
        if (bytes < base) {
            return (long) bytes + " Bytes";
        }
        String[] prefixes = binary ? BINARY : DECIMAL;
        double unit = 0;
        for (int i = 0; i < prefixes.length; i++) {
            unit = Math.pow(base, i + 2);
            if (bytes < unit || i == prefixes.length - 1) {
                return String.format(Locale.ROOT, "%.1f %s", base * bytes / unit, prefixes[i]);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static String toUuid(String name, Object namespace) throws TemplateException {
        Object ns = LazyVars.unwrap(namespace);
        if (!(ns instanceof String nsText)) {
            throw new TemplateException("Invalid value '" + PythonRepr.str(ns) + "' for 'namespace': '"
                    + PythonRepr.typeName(ns) + "' object has no attribute 'replace'");
        }
        String hex = nsText.replace("urn:", "").replace("uuid:", "");
        hex = hex.replaceAll("^\\{+|}+$", "").replace("-", "");
        if (hex.length() != 32 || !hex.matches("[0-9a-fA-F]{32}")) {
            throw new TemplateException("Invalid value '" + nsText + "' for 'namespace': badly formed hexadecimal UUID string");
        }
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT)));
            sha1.update(name.getBytes(StandardCharsets.UTF_8));
            byte[] h = sha1.digest();
            h[6] = (byte) ((h[6] & 0x0f) | 0x50);
            h[8] = (byte) ((h[8] & 0x3f) | 0x80);
            ByteBuffer bb = ByteBuffer.wrap(h, 0, 16);
            return new java.util.UUID(bb.getLong(), bb.getLong()).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
