package io.jplay.python;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Python's {@code urllib.parse.urlsplit} and the properties of its result ({@code username},
 * {@code password}, {@code hostname}, {@code port}), with Python's {@code ValueError} messages;
 * and {@code unquote}/{@code quote}.
 */
public record PyUrl(String scheme, String netloc, String path, String query, String fragment) {
    private static final String SCHEME_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.";

    /** Python's {@code urlsplit(url)}; throws IllegalArgumentException("Invalid IPv6 URL"). */
    public static PyUrl split(String url) {
        int start = 0;
        while (start < url.length() && url.charAt(start) <= ' ') {
            start++;
        }
        String u = url.substring(start).replace("\t", "").replace("\r", "").replace("\n", "");
        String scheme = "";
        int i = u.indexOf(':');
        if (i > 0 && u.charAt(0) < 128 && Character.isLetter(u.charAt(0)) && allSchemeChars(u.substring(0, i))) {
            scheme = u.substring(0, i).toLowerCase(Locale.ROOT);
            u = u.substring(i + 1);
        }
        String netloc = "";
        if (u.startsWith("//")) {
            int delim = u.length();
            for (char c : new char[] {'/', '?', '#'}) {
                int w = u.indexOf(c, 2);
                if (w >= 0) {
                    delim = Math.min(delim, w);
                }
            }
            netloc = u.substring(2, delim);
            u = u.substring(delim);
            if (netloc.contains("[") != netloc.contains("]")) {
                throw new IllegalArgumentException("Invalid IPv6 URL");
            }
        }
        String fragment = "";
        int hash = u.indexOf('#');
        if (hash >= 0) {
            fragment = u.substring(hash + 1);
            u = u.substring(0, hash);
        }
        String query = "";
        int q = u.indexOf('?');
        if (q >= 0) {
            query = u.substring(q + 1);
            u = u.substring(0, q);
        }
        return new PyUrl(scheme, netloc, u, query, fragment);
    }

    private static boolean allSchemeChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (SCHEME_CHARS.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private String hostinfo() {
        int at = netloc.lastIndexOf('@');
        return at < 0 ? netloc : netloc.substring(at + 1);
    }

    /** {@code .username}: null without {@code @}. */
    public String username() {
        int at = netloc.lastIndexOf('@');
        if (at < 0) {
            return null;
        }
        String info = netloc.substring(0, at);
        int colon = info.indexOf(':');
        return colon < 0 ? info : info.substring(0, colon);
    }

    /** {@code .password}: null without {@code @} or without {@code :} before it. */
    public String password() {
        int at = netloc.lastIndexOf('@');
        if (at < 0) {
            return null;
        }
        String info = netloc.substring(0, at);
        int colon = info.indexOf(':');
        return colon < 0 ? null : info.substring(colon + 1);
    }

    /** {@code .hostname}: lower-cased (before any {@code %zone}), brackets removed; null when empty. */
    public String hostname() {
        String host = hostinfo();
        int open = host.indexOf('[');
        if (open >= 0) {
            String rest = host.substring(open + 1);
            int close = rest.indexOf(']');
            host = close < 0 ? rest : rest.substring(0, close);
        } else {
            int colon = host.indexOf(':');
            host = colon < 0 ? host : host.substring(0, colon);
        }
        if (host.isEmpty()) {
            return null;
        }
        int pct = host.indexOf('%');
        return pct < 0 ? host.toLowerCase(Locale.ROOT)
                : host.substring(0, pct).toLowerCase(Locale.ROOT) + host.substring(pct);
    }

    /** {@code .port}: null when absent; IllegalArgumentException with Python's message when invalid. */
    public Long port() {
        String host = hostinfo();
        String port;
        int open = host.indexOf('[');
        if (open >= 0) {
            String rest = host.substring(open + 1);
            int close = rest.indexOf(']');
            String after = close < 0 ? "" : rest.substring(close + 1);
            int colon = after.indexOf(':');
            port = colon < 0 ? "" : after.substring(colon + 1);
        } else {
            int colon = host.indexOf(':');
            port = colon < 0 ? "" : host.substring(colon + 1);
        }
        if (port.isEmpty()) {
            return null;
        }
        if (!port.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw new IllegalArgumentException("Port could not be cast to integer value as " + PyRepr.repr(port));
        }
        long p = port.length() > 6 ? Long.MAX_VALUE : Long.parseLong(port);
        if (p > 65535) {
            throw new IllegalArgumentException("Port out of range 0-65535");
        }
        return p;
    }

    /** Python's {@code unquote(s)}: {@code %XX} sequences decoded as UTF-8, invalid bytes replaced. */
    public static String unquote(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1))
                    && isHex(s.charAt(i + 2))) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 3;
                continue;
            }
            flush(bytes, out);
            out.append(c);
            i++;
        }
        flush(bytes, out);
        return out.toString();
    }

    private static void flush(java.io.ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() > 0) {
            out.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
            bytes.reset();
        }
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Python's {@code quote(s, safe)}: UTF-8 bytes outside letters, digits, {@code _.-~} and {@code safe} as {@code %XX}. */
    public static String quote(String s, String safe) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "_.-~".indexOf(c) >= 0
                    || (c < 128 && safe.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
