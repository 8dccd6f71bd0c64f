package io.jplay.module.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManagerFactsTest {
    private static ManagerFacts.Probe probe(Set<String> present, String proc1, String initLink, Set<String> bins) {
        return new ManagerFacts.Probe(present, proc1, "", initLink, bins, "");
    }

    private static Map<String, Object> dist(String name, String family, String major) {
        return Map.of("distribution", name, "os_family", family, "distribution_major_version", major);
    }

    @Test
    void theLastPackageManagerFoundWinsUnlessTheFamilyHasItsOwn() {
        ManagerFacts.Probe both = probe(Set.of("/usr/bin/apt-get", "/usr/bin/dnf"), "", "", Set.of());
        assertEquals("apt", ManagerFacts.pkgMgr(both, "Linux", dist("Debian", "Debian", "12")));
        assertEquals("apk", ManagerFacts.pkgMgr(probe(Set.of("/usr/bin/apt-get", "/sbin/apk"), "", "", Set.of()),
                "Linux", dist("Alpine", "Alpine", "3")));
        assertEquals("apt", ManagerFacts.pkgMgr(probe(Set.of("/usr/bin/dnf"), "", "", Set.of()), "Linux",
                dist("Debian", "Debian", "12")));
        assertEquals("unknown", ManagerFacts.pkgMgr(probe(Set.of(), "", "", Set.of()), "Linux", dist("Foo", "Foo", "1")));
        assertEquals("openbsd_pkg", ManagerFacts.pkgMgr(both, "OpenBSD", dist("OpenBSD", "OpenBSD", "7")));
    }

    @Test
    void redHatFollowsTheReleaseAndAptCanBeAptRpm() {
        ManagerFacts.Probe yumDnf = probe(Set.of("/usr/bin/yum", "/usr/bin/dnf"), "", "", Set.of());
        assertEquals("yum", ManagerFacts.pkgMgr(yumDnf, "Linux", dist("CentOS", "RedHat", "7")));
        assertEquals("dnf", ManagerFacts.pkgMgr(yumDnf, "Linux", dist("Rocky", "RedHat", "9")));
        assertEquals("yum", ManagerFacts.pkgMgr(yumDnf, "Linux", dist("Fedora", "RedHat", "22")));
        assertEquals("dnf", ManagerFacts.pkgMgr(yumDnf, "Linux", dist("Amazon", "RedHat", "2023")));
        assertEquals("atomic_container", ManagerFacts.pkgMgr(probe(Set.of("/run/ostree-booted"), "", "", Set.of()),
                "Linux", dist("Fedora", "RedHat", "38")));
        ManagerFacts.Probe rpmApt = new ManagerFacts.Probe(Set.of("/usr/bin/apt-get"), "", "", "", Set.of(), "apt_rpm");
        assertEquals("apt_rpm", ManagerFacts.pkgMgr(rpmApt, "Linux", dist("Debian", "Debian", "12")));
    }

    @Test
    void pidOneNamesTheServiceManagerUnlessItIsInitOrAShell() {
        assertEquals("systemd", ManagerFacts.serviceMgr(probe(Set.of(), "systemd", "", Set.of()), "Linux", "Debian"));
        assertEquals("openrc", ManagerFacts.serviceMgr(probe(Set.of(), "openrc-init", "", Set.of()), "Linux", "Alpine"));
        assertEquals("process_api", ManagerFacts.serviceMgr(probe(Set.of(), "process_api", "/lib/systemd/systemd",
                Set.of("systemctl")), "Linux", "Debian"));
        ManagerFacts.Probe container = probe(Set.of("/etc/init.d/"), "bash", "/lib/systemd/systemd", Set.of("systemctl"));
        assertEquals("systemd", ManagerFacts.serviceMgr(container, "Linux", "Debian"));
        ManagerFacts.Probe noSystemctl = probe(Set.of("/etc/init.d/"), "sh", "/lib/systemd/systemd", Set.of());
        assertEquals("sysvinit", ManagerFacts.serviceMgr(noSystemctl, "Linux", "Debian"));
        assertEquals("systemd", ManagerFacts.serviceMgr(probe(Set.of("/run/systemd/system/"), "init", "",
                Set.of("systemctl")), "Linux", "Debian"));
        assertEquals("upstart", ManagerFacts.serviceMgr(probe(Set.of("/etc/init/"), "init", "", Set.of("initctl")),
                "Linux", "Ubuntu"));
        assertEquals("service", ManagerFacts.serviceMgr(probe(Set.of(), "", "", Set.of()), "Linux", "Debian"));
        assertEquals("bsdinit", ManagerFacts.serviceMgr(probe(Set.of(), "", "", Set.of()), "FreeBSD", "FreeBSD"));
    }

    @Test
    void psAnswersWhenProcIsUnreadable() {
        ManagerFacts.Probe ps = new ManagerFacts.Probe(Set.of(), "", "systemd\n", "", Set.of(), "");
        assertEquals("systemd", ManagerFacts.serviceMgr(ps, "Linux", "Debian"));
        ManagerFacts.Probe header = new ManagerFacts.Probe(Set.of("/etc/init.d/"), "", "COMMAND\n", "", Set.of(), "");
        assertEquals("sysvinit", ManagerFacts.serviceMgr(header, "Linux", "Debian"));
    }
}
