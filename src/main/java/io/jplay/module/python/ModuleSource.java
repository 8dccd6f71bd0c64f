package io.jplay.module.python;

import java.nio.file.Path;

/**
 * Where a module's code was found.
 *
 * @param fqcn the resolved name ({@code ansible.builtin.stat}, {@code ansible.legacy.mymod},
 *     {@code community.general.ini_file})
 * @param pythonName the dotted name it runs under in the payload ({@code ansible.modules.stat},
 *     {@code ansible_collections.community.general.plugins.modules.ini_file})
 * @param file the module's file
 */
public record ModuleSource(String fqcn, String pythonName, Path file) {

    /** The last part of the name ({@code stat}). */
    public String shortName() {
        return fqcn.substring(fqcn.lastIndexOf('.') + 1);
    }
}
