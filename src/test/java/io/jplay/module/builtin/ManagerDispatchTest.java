package io.jplay.module.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.module.ActionSupport;
import io.jplay.module.Module;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;
import io.jplay.module.TestModuleContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ManagerDispatchTest {
    /** A module that answers with the arguments and action name it was run with. */
    private record Echo(String name) implements Module {
        @Override
        public Map<String, Object> run(ModuleContext ctx) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("module", name);
            r.put("as", ctx.action());
            r.put("args", new LinkedHashMap<>(ctx.args()));
            return r;
        }
    }

    /** A setup that knows one fact value and counts its runs. */
    private static final class Setup implements Module {
        private final Map<String, Object> facts;
        private final List<Map<String, Object>> calls = new ArrayList<>();

        Setup(Map<String, Object> facts) {
            this.facts = facts;
        }

        @Override
        public String name() {
            return "setup";
        }

        @Override
        public Map<String, Object> run(ModuleContext ctx) {
            calls.add(ctx.args());
            return Map.of("ansible_facts", facts);
        }
    }

    private static ActionSupport support(Map<String, Module> native_, Map<String, Module> target,
            Map<String, Object> defaults) {
        return new ActionSupport() {
            @Override
            public Optional<Module> find(String name) {
                String shortName = name.replaceFirst("^ansible\\.(legacy|builtin)\\.", "");
                return Optional.ofNullable(native_.getOrDefault(shortName, target.get(shortName)));
            }

            @Override
            public Optional<Module> findOnTarget(String name) {
                return Optional.ofNullable(target.get(name.replaceFirst("^ansible\\.(legacy|builtin)\\.", "")));
            }

            @Override
            public Map<String, Object> withDefaults(Module module, Map<String, Object> args) {
                Map<String, Object> out = new LinkedHashMap<>(defaults);
                out.putAll(args);
                return out;
            }

            @Override
            public String delegateTo() {
                return null;
            }
        };
    }

    private static Map<String, Object> run(Module m, TestModuleContext ctx) throws Exception {
        try {
            return m.run(ctx);
        } catch (ModuleException e) {
            return e.toResult();
        }
    }

    @Test
    void packageRunsTheModuleOfTheFactsManagerWithoutUse() throws Exception {
        Setup setup = new Setup(Map.of());
        ActionSupport s = support(Map.of("setup", setup), Map.of("apt", new Echo("apt")), Map.of("cache_valid_time", 1L));
        TestModuleContext ctx = TestModuleContext.of("name", "bash", "use", "auto").actions(s)
                .var("ansible_facts", Map.of("pkg_mgr", "apt"));
        Map<String, Object> r = run(new PackageModule(), ctx);
        assertEquals("apt", r.get("module"));
        assertEquals("ansible.legacy.apt", r.get("as"));
        assertEquals(Map.of("cache_valid_time", 1L, "name", "bash"), r.get("args"));
        assertTrue(setup.calls.isEmpty());
    }

    @Test
    void withoutTheFactPackageAsksSetupForIt() throws Exception {
        Setup setup = new Setup(Map.of("ansible_pkg_mgr", "dnf"));
        ActionSupport s = support(Map.of("setup", setup), Map.of("dnf", new Echo("dnf")), Map.of());
        Map<String, Object> r = run(new PackageModule(), TestModuleContext.of("name", "bash").actions(s));
        assertEquals("dnf", r.get("module"));
        assertEquals(List.of(Map.of("gather_subset", "!all", "filter", "ansible_pkg_mgr")), setup.calls);
    }

    @Test
    void packageFailsAsAnsibleWhenTheManagerIsUnknownOrMissing() throws Exception {
        ActionSupport none = support(Map.of("setup", new Setup(Map.of())), Map.of(), Map.of());
        Map<String, Object> r = run(new PackageModule(), TestModuleContext.of("name", "bash").actions(none));
        assertEquals("Could not detect which package manager to use. Try gathering facts or setting the \"use\" option.",
                r.get("msg"));
        assertEquals("NoneType: None\n", r.get("exception"));
        r = run(new PackageModule(), TestModuleContext.of("name", "bash", "use", "pacman").actions(none));
        assertEquals("Could not find a module for pacman.", r.get("msg"));
    }

    @Test
    void serviceFallsBackToTheServiceModuleAndTrimsSystemdArguments() throws Exception {
        ServiceModule service = new ServiceModule();
        Map<String, Module> target = Map.of("service", new Echo("service"), "systemd", new Echo("systemd"));
        ActionSupport s = support(Map.of("service", service, "setup", new Setup(Map.of())), target, Map.of());
        TestModuleContext ctx = TestModuleContext.of("name", "cron", "state", "started").actions(s)
                .var("ansible_facts", Map.of("service_mgr", "tini"));
        Map<String, Object> r = run(service, ctx);
        assertEquals("service", r.get("module"));
        assertEquals("ansible.legacy.service", r.get("as"));
        TestModuleContext systemd = TestModuleContext.of("name", "cron", "use", "SystemD", "pattern", "x").actions(s);
        r = run(service, systemd);
        assertEquals("systemd", r.get("module"));
        assertEquals(Map.of("name", "cron"), r.get("args"));
        assertEquals(List.of("Ignoring \"pattern\" as it is not used in \"systemd\""), systemd.warnings());
        assertFalse(r.containsKey("failed"));
    }
}
