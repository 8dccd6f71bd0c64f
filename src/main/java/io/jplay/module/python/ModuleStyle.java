package io.jplay.module.python;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * How Ansible runs a module file, told from its content as Ansible's module_common does:
 * {@link #NEW} (imports {@code module_utils}: shipped as a zip, arguments in the wrapper),
 * {@link #WANT_JSON} (says {@code WANT_JSON}: arguments as a JSON file), {@link #OLD}
 * (arguments as a {@code k=v} file) and {@link #BINARY} (not text: run as is, JSON arguments file).
 */
public enum ModuleStyle {
    NEW, WANT_JSON, OLD, BINARY;

    private static final Pattern NEW_STYLE = Pattern.compile(
            "from +\\.{2,} *module_utils.* +import "
            + "|from +ansible_collections\\.[^.]+\\.[^.]+\\.plugins\\.module_utils.* +import "
            + "|import +ansible_collections\\.[^.]+\\.[^.]+\\.plugins\\.module_utils.*"
            + "|from +ansible\\.module_utils.* +import "
            + "|import +ansible\\.module_utils\\.");

    public static ModuleStyle of(byte[] code) {
        if (isBinary(code)) {
            return BINARY;
        }
        String text = new String(code, StandardCharsets.ISO_8859_1);
        if (text.contains("#<<INCLUDE_ANSIBLE_MODULE_COMMON>>") || NEW_STYLE.matcher(text).find()) {
            return NEW;
        }
        return text.contains("WANT_JSON") ? WANT_JSON : OLD;
    }

    /** Ansible's test: a byte outside the text characters in the first 1024 bytes. */
    static boolean isBinary(byte[] code) {
        int n = Math.min(code.length, 1024);
        for (int i = 0; i < n; i++) {
            int b = code[i] & 0xff;
            boolean text = b == 7 || b == 8 || b == 9 || b == 10 || b == 12 || b == 13 || b == 27
                    || (b >= 0x20 && b != 0x7f);
            if (!text) {
                return true;
            }
        }
        return false;
    }
}
