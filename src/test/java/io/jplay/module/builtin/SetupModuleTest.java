package io.jplay.module.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.module.Golden;
import io.jplay.module.ModuleException;
import io.jplay.module.TestModuleContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SetupModuleTest {

    private static Map<String, Object> run(String module, TestModuleContext ctx) throws Exception {
        try {
            return new SetupModule(module).run(ctx);
        } catch (ModuleException e) {
            return e.toResult();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> facts(Map<String, Object> result) {
        return (Map<String, Object>) result.get("ansible_facts");
    }

    @Test
    void noSubsetsGivesOnlyTheMarkersLikeAnsible() throws Exception {
        Golden.assertMatches("{\"_ansible_verbose_override\": true, \"ansible_facts\": {\"gather_subset\": [\"!all\", \"!min\"],"
                + " \"module_setup\": true}, \"changed\": false, \"invocation\": {\"module_args\": {\"fact_path\":"
                + " \"/etc/ansible/facts.d\", \"filter\": [], \"gather_subset\": [\"!all\", \"!min\"], \"gather_timeout\": 10}}}",
                run("setup", TestModuleContext.of("gather_subset", "!all,!min")));
    }

    @Test
    void filterKeepsMatchingFactsOnlyLikeAnsible() throws Exception {
        String user = System.getProperty("user.name");
        Golden.assertMatches("{\"_ansible_verbose_override\": true, \"ansible_facts\": {\"ansible_user_id\": \"" + user + "\"},"
                + " \"changed\": false, \"invocation\": {\"module_args\": {\"fact_path\": \"/etc/ansible/facts.d\","
                + " \"filter\": [\"ansible_user_id\"], \"gather_subset\": [\"all\"], \"gather_timeout\": 10}}}",
                run("setup", TestModuleContext.of("filter", "ansible_user_id")));
    }

    @Test
    void badSubsetIsRejectedWithAnsiblesMessage() throws Exception {
        String msg = (String) run("setup", TestModuleContext.of("gather_subset", "bogus")).get("msg");
        assertTrue(msg.startsWith("Bad subset 'bogus' given to Ansible. gather_subset options allowed: all, all_ipv4_addresses,"), msg);
        assertTrue(msg.endsWith("virtualization_tech_host, virtualization_type"), msg);
    }

    @Test
    void gatherFactsHasTheActionsShape() throws Exception {
        Map<String, Object> r = run("gather_facts", TestModuleContext.of());
        assertEquals(List.of(), r.get("deprecations"));
        assertEquals(List.of(), r.get("warnings"));
        assertFalse(r.containsKey("invocation"));
        assertEquals(List.of("all"), facts(r).get("gather_subset"));
        assertEquals(true, facts(r).get("module_setup"));
    }

    @Test
    void realFactsDescribeThisMachine() throws Exception {
        Map<String, Object> f = facts(run("setup", TestModuleContext.of().env("JPLAY_FACT_TEST", "a b")));
        assertEquals("Linux", f.get("ansible_system"));
        assertEquals(System.getProperty("user.name"), f.get("ansible_user_id"));
        assertEquals(System.getProperty("user.home"), f.get("ansible_user_dir"));
        assertEquals((long) Runtime.getRuntime().availableProcessors(), f.get("ansible_processor_nproc"));
        @SuppressWarnings("unchecked")
        Map<String, Object> env = (Map<String, Object>) f.get("ansible_env");
        assertEquals("a b", env.get("JPLAY_FACT_TEST"));
        @SuppressWarnings("unchecked")
        Map<String, Object> date = (Map<String, Object>) f.get("ansible_date_time");
        long epoch = Long.parseLong((String) date.get("epoch"));
        assertTrue(Math.abs(epoch - System.currentTimeMillis() / 1000) < 60);
        assertTrue(((String) date.get("iso8601_micro")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z"));
        assertTrue((Long) f.get("ansible_memtotal_mb") > 0);
        assertEquals(Map.of(), f.get("ansible_local"));
        assertTrue(f.containsKey("ansible_distribution_major_version"));
    }

    @Test
    void minSubsetLeavesHardwareOut() throws Exception {
        Map<String, Object> f = facts(run("setup", TestModuleContext.of("gather_subset", List.of("!all"))));
        assertFalse(f.containsKey("ansible_memtotal_mb"));
        assertTrue(f.containsKey("ansible_hostname"));
    }

    @Test
    void sectionsParseLikeAnsibleOnDebian() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("uname", "Linux\n6.18.44-fc-v657\n#1 SMP PREEMPT_DYNAMIC @0\nx86_64\nvm\n");
        s.put("id", "0\n0\nroot\n0\n0\n");
        s.put("/etc/os-release", "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\n"
                + "VERSION_ID=\"12\"\nVERSION=\"12 (bookworm)\"\nVERSION_CODENAME=bookworm\nID=debian\n");
        s.put("/etc/debian_version", "12.11\n");
        s.put("/etc/hosts", "127.0.0.1 localhost\n127.0.0.1 runsc\n127.0.0.1 vm\n");
        s.put("/etc/passwd", "root:x:0:0:root:/root:/bin/bash\n");
        s.put("/proc/cpuinfo", "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Xeon(R) Processor\n"
                + "physical id\t: 0\nsiblings\t: 2\ncpu cores\t: 2\n\nprocessor\t: 1\nvendor_id\t: GenuineIntel\n"
                + "model name\t: Intel(R) Xeon(R) Processor\nphysical id\t: 0\nsiblings\t: 2\ncpu cores\t: 2\n");
        s.put("nproc", "2\n");
        s.put("exists", "/usr/bin/apt-get\n");
        s.put("/proc/1/comm", "process_api\n");
        LinuxFacts linux = new LinuxFacts(s);
        Map<String, Object> f = new LinkedHashMap<>(linux.platform());
        f.putAll(linux.distribution());
        f.putAll(linux.user());
        f.putAll(linux.hardware());
        f.putAll(linux.pkgMgr(linux.distribution()));
        f.putAll(linux.serviceMgr(linux.distribution()));
        assertEquals("vm", f.get("hostname"));
        assertEquals("localhost", f.get("fqdn"));
        assertEquals("", f.get("domain"));
        assertEquals("Debian", f.get("distribution"));
        assertEquals("12.11", f.get("distribution_version"));
        assertEquals("12", f.get("distribution_major_version"));
        assertEquals("11", f.get("distribution_minor_version"));
        assertEquals("bookworm", f.get("distribution_release"));
        assertEquals("Debian", f.get("os_family"));
        assertEquals("/bin/bash", f.get("user_shell"));
        assertEquals(0L, f.get("user_uid"));
        assertEquals(List.of("0", "GenuineIntel", "Intel(R) Xeon(R) Processor", "1", "GenuineIntel",
                "Intel(R) Xeon(R) Processor"), f.get("processor"));
        assertEquals(1L, f.get("processor_count"));
        assertEquals(2L, f.get("processor_cores"));
        assertEquals(2L, f.get("processor_vcpus"));
        assertEquals(1L, f.get("processor_threads_per_core"));
        assertEquals("apt", f.get("pkg_mgr"));
        assertEquals("process_api", f.get("service_mgr"));
    }

    @Test
    void dateTimeMatchesAnsiblesFields() {
        Golden.assertMatches("{\"date\": \"2026-11-30\", \"day\": \"30\", \"epoch\": \"1796000302\", \"epoch_int\": \"1796000302\","
                + " \"hour\": \"00\", \"iso8601\": \"2026-11-30T00:58:22Z\", \"iso8601_basic\": \"20261130T005822121703\","
                + " \"iso8601_basic_short\": \"20261130T005822\", \"iso8601_micro\": \"2026-11-30T00:58:22.121703Z\","
                + " \"minute\": \"58\", \"month\": \"11\", \"second\": \"22\", \"time\": \"00:58:22\", \"tz\": \"UTC\","
                + " \"tz_dst\": \"UTC\", \"tz_offset\": \"+0000\", \"weekday\": \"Monday\", \"weekday_number\": \"1\","
                + " \"weeknumber\": \"48\", \"year\": \"2026\"}",
                DateTimeFacts.of(new String[] {"1796000302", "121703456", "UTC", "+0000"}));
    }

    @Test
    void globFilterUnderstandsStarsAndSets() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("ansible_distribution", 1);
        facts.put("ansible_dns", 2);
        facts.put("ansible_user_id", 3);
        assertEquals(List.of("ansible_distribution", "ansible_dns"),
                List.copyOf(SetupModule.filter(facts, List.of("ansible_d*")).keySet()));
        assertEquals(List.of("ansible_user_id"), List.copyOf(SetupModule.filter(facts, List.of("ansible_[u]ser_?d")).keySet()));
    }
}
