package io.jplay.bench;

import io.jplay.inventory.Host;
import io.jplay.inventory.Inventory;
import io.jplay.inventory.InventoryLoader;
import io.jplay.template.AnsibleTemplater;
import io.jplay.template.TemplateException;
import io.jplay.vars.PlayVars;
import io.jplay.vars.PlaybookVarsSource;
import io.jplay.vars.VariableManager;
import io.jplay.vars.VarsScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Variable resolution as a task sees it: {@link VariableManager#taskVars} for one host of a 200-host
 * inventory (10 groups, group and host vars, 50 play vars, extra vars), then look-ups of a name from
 * every layer through the resulting view, and a template over them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class VariablesBenchmark {
    private Path dir;
    private VariableManager manager;
    private PlayVars play;
    private VarsScope scope;
    private List<Host> hosts;
    private AnsibleTemplater templater;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("jplay-jmh-vars");
        StringBuilder ini = new StringBuilder();
        for (int g = 0; g < 10; g++) {
            ini.append("[g").append(g).append("]\n");
            for (int h = 0; h < 20; h++) {
                ini.append(String.format("h%03d ansible_host=127.0.0.1 host_var=%d%n", g * 20 + h, h));
            }
            ini.append("[g").append(g).append(":vars]\n");
            for (int v = 0; v < 10; v++) {
                ini.append("group_var").append(v).append("=g").append(g).append('\n');
            }
        }
        ini.append("[all:vars]\nall_var=everyone\n");
        Path file = dir.resolve("hosts.ini");
        Files.writeString(file, ini);
        Inventory inventory = new InventoryLoader(w -> { }).load(List.of(file.toString()), dir);
        hosts = new ArrayList<>(inventory.hosts());
        Map<String, Object> playVars = new LinkedHashMap<>();
        for (int i = 0; i < 50; i++) {
            playVars.put(String.format("v%02d", i), "value " + i);
        }
        playVars.put("lazy", "{{ v01 }}-{{ inventory_hostname }}");
        play = new PlayVars(playVars, Map.of(), Map.of("ansible_play_hosts", List.of()), List.of());
        scope = VarsScope.EMPTY.withBlockVars(Map.of("block_var", 1L)).withTaskVars(Map.of("task_var", "t"));
        manager = new VariableManager(inventory, PlaybookVarsSource.NONE, Map.of("extra", "x"),
                Map.of("ansible_check_mode", false, "playbook_dir", dir.toString()));
        templater = new AnsibleTemplater(w -> { });
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(dir.resolve("hosts.ini"));
        Files.deleteIfExists(dir);
    }

    private Host nextHost() {
        next = (next + 1) % hosts.size();
        return hosts.get(next);
    }

    @Benchmark
    public Map<String, Object> taskVars() {
        return manager.taskVars(nextHost(), play, scope);
    }

    @Benchmark
    public void taskVarsAndLookups(Blackhole bh) {
        Map<String, Object> vars = manager.taskVars(nextHost(), play, scope);
        bh.consume(vars.get("extra"));
        bh.consume(vars.get("inventory_hostname"));
        bh.consume(vars.get("task_var"));
        bh.consume(vars.get("v25"));
        bh.consume(vars.get("group_var5"));
        bh.consume(vars.get("host_var"));
        bh.consume(vars.get("all_var"));
        bh.consume(vars.get("no_such_var"));
    }

    @Benchmark
    public Object taskVarsAndTemplate() throws TemplateException {
        Map<String, Object> vars = manager.taskVars(nextHost(), play, scope);
        return templater.template("{{ lazy }} {{ group_var3 }} {{ host_var }} {{ extra }}", vars);
    }

    @Benchmark
    public Object hostvarsOfAnotherHost() throws TemplateException {
        Map<String, Object> vars = manager.taskVars(nextHost(), play, scope);
        return templater.template("{{ hostvars['h007'].host_var }}", vars);
    }
}
