package io.jplay.module.builtin;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ansible's {@code pkg_mgr} and {@code service_mgr} facts, decided by the rules of its fact
 * collectors from what {@link FactProbe} saw on the target: which paths exist, PID 1's name, the
 * link {@code /sbin/init} points to, which tools are on the search path.
 */
final class ManagerFacts {
    /** Package managers by the path that shows them, the preferred one of a platform last (Ansible's order). */
    static final List<Map.Entry<String, String>> PKG_MGRS = List.of(
            Map.entry("/usr/bin/rpm-ostree", "atomic_container"), Map.entry("/usr/bin/yum", "yum"),
            Map.entry("/usr/bin/dnf", "dnf"), Map.entry("/usr/bin/apt-get", "apt"),
            Map.entry("/usr/bin/zypper", "zypper"), Map.entry("/usr/sbin/urpmi", "urpmi"),
            Map.entry("/usr/bin/pacman", "pacman"), Map.entry("/bin/opkg", "opkg"),
            Map.entry("/usr/pkg/bin/pkgin", "pkgin"), Map.entry("/opt/local/bin/pkgin", "pkgin"),
            Map.entry("/opt/tools/bin/pkgin", "pkgin"), Map.entry("/opt/local/bin/port", "macports"),
            Map.entry("/usr/local/bin/brew", "homebrew"), Map.entry("/opt/homebrew/bin/brew", "homebrew"),
            Map.entry("/sbin/apk", "apk"), Map.entry("/usr/sbin/pkg", "pkgng"),
            Map.entry("/usr/sbin/swlist", "swdepot"), Map.entry("/usr/bin/emerge", "portage"),
            Map.entry("/usr/sbin/pkgadd", "svr4pkg"), Map.entry("/usr/bin/pkg", "pkg5"),
            Map.entry("/usr/bin/xbps-install", "xbps"), Map.entry("/usr/local/sbin/pkg", "pkgng"),
            Map.entry("/usr/bin/swupd", "swupd"), Map.entry("/usr/sbin/sorcery", "sorcery"),
            Map.entry("/usr/bin/installp", "installp"), Map.entry("/QOpenSys/pkgs/bin/yum", "yum"));
    /** Paths whose existence the rules ask about, besides the package managers'. */
    static final List<String> OTHER_PATHS = List.of("/run/ostree-booted", "/usr/bin/rpm", "/run/systemd/system/",
            "/dev/.run/systemd/", "/dev/.systemd/", "/etc/init/", "/sbin/openrc", "/etc/init.d/");
    private static final Map<String, String> PROC_1 = Map.of("procd", "openwrt_init", "runit-init", "runit",
            "svscan", "svc", "openrc-init", "openrc");

    /**
     * What the probe saw.
     *
     * @param present the probed paths that exist
     * @param proc1 {@code /proc/1/comm}, stripped ({@code ""} when unreadable or empty)
     * @param ps1 the last line of {@code ps -p 1 -o comm}, asked only when {@code proc1} is empty
     * @param initLink the target of the symbolic link {@code /sbin/init}, or {@code ""}
     * @param bins the tools among {@code systemctl} and {@code initctl} on the search path
     * @param aptFlavor {@code apt_rpm} when RPM owns {@code /usr/bin/apt-get}, {@code apt} when not, {@code ""} without rpm
     */
    record Probe(Set<String> present, String proc1, String ps1, String initLink, Set<String> bins, String aptFlavor) {
    }

    private ManagerFacts() {
    }

    /** Ansible's {@code pkg_mgr} for a target with these {@code system} and distribution facts. */
    static String pkgMgr(Probe p, String system, Map<String, Object> distribution) {
        if (system.equals("OpenBSD")) {
            return "openbsd_pkg";
        }
        String family = String.valueOf(distribution.get("os_family"));
        String name = "unknown";
        for (Map.Entry<String, String> mgr : PKG_MGRS) {
            boolean skipped = family.equals("Altlinux") && mgr.getKey().equals("/usr/bin/pkg");
            if (!skipped && p.present().contains(mgr.getKey())) {
                name = mgr.getValue();
            }
        }
        if (family.equals("RedHat")) {
            name = redHat(p, name, distribution);
        } else if (family.equals("Debian") && !name.equals("apt")) {
            name = "apt";
        } else if (family.equals("Altlinux") && name.equals("apt")) {
            name = "apt_rpm";
        }
        if (name.equals("apt") && !p.aptFlavor().isEmpty()) {
            name = p.aptFlavor();
        }
        return name;
    }

    private static String redHat(Probe p, String name, Map<String, Object> distribution) {
        if (p.present().contains("/run/ostree-booted")) {
            return "atomic_container";
        }
        String dist = String.valueOf(distribution.get("distribution"));
        String major = String.valueOf(distribution.get("distribution_major_version")).strip();
        boolean numeric = major.matches("[+-]?\\d+");
        if (dist.equals("Fedora") || dist.equals("Amazon")) {
            if (!numeric) {
                return "dnf";
            }
            int newest = dist.equals("Fedora") ? 23 : 2022;
            String wanted = Long.parseLong(major) < newest ? "yum" : "dnf";
            return exists(p, wanted) ? wanted : name;
        }
        if (!numeric) {
            return name;
        }
        return Long.parseLong(major) < 8 ? "yum" : "dnf";
    }

    private static boolean exists(Probe p, String mgr) {
        return PKG_MGRS.stream().anyMatch(e -> e.getValue().equals(mgr) && p.present().contains(e.getKey()));
    }

    /** Ansible's {@code service_mgr}: PID 1's name when it names an init, else the platform's rules. */
    static String serviceMgr(Probe p, String system, String distribution) {
        String proc1 = p.proc1().isEmpty() ? null : p.proc1();
        if (proc1 == null) {
            String ps = p.ps1().strip();
            proc1 = ps.isEmpty() || ps.matches(" *[0-9]+ .*") || ps.equals("COMMAND") ? null : ps;
        }
        if (proc1 == null && !p.initLink().isEmpty()) {
            proc1 = p.initLink();
        }
        if (proc1 != null) {
            proc1 = proc1.substring(proc1.lastIndexOf('/') + 1).strip();
            if (proc1.equals("init") || proc1.endsWith("sh")) {
                proc1 = null;
            }
        }
        if (proc1 != null) {
            return PROC_1.getOrDefault(proc1, proc1);
        }
        String name = platformInit(p, system, distribution);
        return name == null ? "service" : name;
    }

    private static String platformInit(Probe p, String system, String distribution) {
        if (distribution.equals("MacOSX")) {
            return "launchd";
        }
        if (system.contains("BSD") || system.equals("Bitrig") || system.equals("DragonFly")) {
            return "bsdinit";
        }
        if (system.equals("AIX")) {
            return "src";
        }
        if (system.equals("SunOS")) {
            return "smf";
        }
        if (distribution.equals("OpenWrt")) {
            return "openwrt_init";
        }
        if (!system.equals("Linux")) {
            return null;
        }
        Set<String> there = p.present();
        boolean systemctl = p.bins().contains("systemctl");
        if (systemctl && (there.contains("/run/systemd/system/") || there.contains("/dev/.run/systemd/")
                || there.contains("/dev/.systemd/"))) {
            return "systemd";
        }
        if (p.bins().contains("initctl") && there.contains("/etc/init/")) {
            return "upstart";
        }
        if (there.contains("/sbin/openrc")) {
            return "openrc";
        }
        if (systemctl && p.initLink().substring(p.initLink().lastIndexOf('/') + 1).equals("systemd")) {
            return "systemd";
        }
        return there.contains("/etc/init.d/") ? "sysvinit" : null;
    }
}
