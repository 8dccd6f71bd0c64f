package io.jplay.module.builtin;

import java.util.Map;

/** Ansible's distribution names, OS families and default package managers for os-release IDs. */
final class Distributions {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("debian", "Debian"), Map.entry("ubuntu", "Ubuntu"), Map.entry("centos", "CentOS"),
            Map.entry("rhel", "RedHat"), Map.entry("fedora", "Fedora"), Map.entry("alpine", "Alpine"),
            Map.entry("arch", "Archlinux"), Map.entry("rocky", "Rocky"), Map.entry("almalinux", "AlmaLinux"),
            Map.entry("amzn", "Amazon"), Map.entry("ol", "OracleLinux"), Map.entry("opensuse-leap", "openSUSE Leap"),
            Map.entry("opensuse-tumbleweed", "openSUSE Tumbleweed"), Map.entry("sles", "SLES"),
            Map.entry("raspbian", "Debian"), Map.entry("linuxmint", "Linux Mint"), Map.entry("kali", "Kali"),
            Map.entry("devuan", "Devuan"), Map.entry("gentoo", "Gentoo"), Map.entry("void", "Void"));
    private static final Map<String, String> FAMILIES = Map.ofEntries(
            Map.entry("Debian", "Debian"), Map.entry("Ubuntu", "Debian"), Map.entry("Kali", "Debian"),
            Map.entry("Devuan", "Debian"), Map.entry("Linux Mint", "Debian"), Map.entry("RedHat", "RedHat"),
            Map.entry("CentOS", "RedHat"), Map.entry("Fedora", "RedHat"), Map.entry("Rocky", "RedHat"),
            Map.entry("AlmaLinux", "RedHat"), Map.entry("Amazon", "RedHat"), Map.entry("OracleLinux", "RedHat"),
            Map.entry("Alpine", "Alpine"), Map.entry("Archlinux", "Archlinux"), Map.entry("openSUSE Leap", "Suse"),
            Map.entry("openSUSE Tumbleweed", "Suse"), Map.entry("SLES", "Suse"), Map.entry("Gentoo", "Gentoo"));

    private Distributions() {
    }

    static String name(String id, String prettyName) {
        String known = NAMES.get(id.toLowerCase(java.util.Locale.ROOT));
        return known != null ? known : prettyName.isEmpty() ? id : prettyName.split(" ")[0];
    }

    static String family(String distribution) {
        return FAMILIES.getOrDefault(distribution, distribution);
    }
}
