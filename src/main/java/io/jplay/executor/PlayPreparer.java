package io.jplay.executor;

import io.jplay.inventory.Host;
import io.jplay.playbook.Block;
import io.jplay.playbook.Play;
import io.jplay.playbook.Task;
import io.jplay.result.Truth;
import io.jplay.template.TemplateException;
import io.jplay.template.Templater;
import io.jplay.vars.LayeredVars;
import io.jplay.vars.PlayVars;
import io.jplay.vars.VariableManager;
import io.jplay.yaml.VaultedFileException;
import io.jplay.yaml.YamlException;
import io.jplay.yaml.YamlTooDeepException;
import io.jplay.yaml.YamlLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Works out a play's name, hosts, play-wide variables, fact gathering and handlers before it runs. */
final class PlayPreparer {
    private final RunServices services;
    private final RunOptions options;
    private final Templater templater;
    private final YamlLoader yaml;

    PlayPreparer(RunServices services, RunOptions options, VariableManager variables) {
        this.services = services;
        this.options = options;
        this.templater = services.templater();
        this.yaml = services.dataFiles();
    }

    Map<String, Object> playLevelVars(Play play) {
        Map<String, Object> magic = new LinkedHashMap<>();
        if (play.baseDir() != null) {
            magic.put("playbook_dir", play.baseDir().toString());
        }
        magic.put("omit", templater.omitPlaceholder());
        return new LayeredVars(List.of(magic, play.vars(), options.extraVars()));
    }

    String name(Play play, Map<String, Object> vars) {
        if (play.name() == null || play.name().isBlank()) {
            return hostsPattern(play, vars);
        }
        try {
            Object v = templater.template(play.name(), vars);
            return v == null ? "" : String.valueOf(v);
        } catch (TemplateException e) {
            return play.name();
        }
    }

    private String hostsPattern(Play play, Map<String, Object> vars) {
        return String.join(",", hostList(play, vars));
    }

    /**
     * The play's {@code hosts} templated with the play's variables, as Ansible's list field: a string is one
     * pattern ({@code "db,web"} stays whole), a list its items. An undefined variable ends the run as
     * Ansible's post-validation does, before any play starts (exit code 4).
     */
    List<String> hostList(Play play, Map<String, Object> vars) {
        Object hosts = play.hosts();
        if (hosts == null) {
            return List.of();
        }
        Object value;
        try {
            value = templater.template(hosts, vars);
        } catch (TemplateException e) {
            if (!e.isUndefined()) {
                return hosts instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(String.valueOf(hosts));
            }
            String message = "The field 'hosts' has an invalid value, which includes an undefined variable. The error was: "
                    + e.reported();
            throw new FatalRunError((message + SourceSnippet.describe(play.location())).stripTrailing(), 4, e);
        }
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> l) {
            l.forEach(o -> out.add(String.valueOf(o)));
        } else {
            out.add(String.valueOf(value));
        }
        return out;
    }

    List<Host> hosts(Play play, Map<String, Object> vars, RunState run) {
        List<Host> selected = services.inventory().select(hostsPattern(play, vars));
        if (options.limit() != null && !options.limit().isBlank()) {
            Set<String> allowed = new LinkedHashSet<>();
            for (Host h : services.inventory().select(options.limit())) {
                allowed.add(h.name());
            }
            selected = selected.stream().filter(h -> allowed.contains(h.name())).toList();
        }
        return ordered(play, vars, selected.stream().filter(h -> !run.excluded(h.name())).toList());
    }

    /** The play's {@code order} (templated): inventory, reverse_inventory, sorted, reverse_sorted or shuffle. */
    private List<Host> ordered(Play play, Map<String, Object> vars, List<Host> hosts) {
        if (play.order() == null) {
            return hosts;
        }
        String order;
        try {
            order = String.valueOf(templater.template(play.order(), vars));
        } catch (TemplateException e) {
            order = String.valueOf(play.order());
        }
        List<Host> out = new ArrayList<>(hosts);
        switch (order) {
            case "reverse_inventory" -> java.util.Collections.reverse(out);
            case "sorted" -> out.sort(java.util.Comparator.comparing(Host::name));
            case "reverse_sorted" -> out.sort(java.util.Comparator.comparing(Host::name).reversed());
            case "shuffle" -> java.util.Collections.shuffle(out);
            default -> {
                // inventory: as the inventory lists them
            }
        }
        return out;
    }

    PlayVars playVars(Play play, Map<String, Object> varsFiles, String name, List<Host> hosts, List<Host> batch) {
        List<String> names = hosts.stream().map(Host::name).toList();
        List<String> batchNames = batch.stream().map(Host::name).toList();
        Map<String, Object> magic = new LinkedHashMap<>();
        magic.put("play_hosts", batchNames);
        magic.put("ansible_play_hosts", batchNames);
        magic.put("ansible_play_hosts_all", names);
        magic.put("ansible_play_batch", batchNames);
        magic.put("ansible_play_name", name);
        // Ansible builds ansible_role_names and ansible_dependent_role_names from sets (their order varies there)
        List<String> all = new ArrayList<>(new LinkedHashSet<>(concat(play.dependencyRoleNames(), play.roleNames())));
        magic.put("role_names", play.roleNames());
        magic.put("ansible_play_role_names", play.roleNames());
        magic.put("ansible_role_names", all);
        magic.put("ansible_dependent_role_names", play.dependencyRoleNames());
        RoleScopes roles = RoleScopes.of(play);
        return new PlayVars(play.vars(), varsFiles, magic, names, roles.defaults(), roles.vars());
    }

    /**
     * The variables of the play's {@code vars_files}, read before the play starts as Ansible does:
     * a vaulted file that cannot be decrypted or a file that is not YAML ends the run before the play's banner.
     */
    Map<String, Object> varsFiles(Play play, Map<String, Object> vars) {
        Map<String, Object> loaded = new LinkedHashMap<>();
        for (Object entry : play.varsFiles()) {
            List<?> candidates = entry instanceof List<?> l ? l : List.of(entry);
            for (Object candidate : candidates) {
                try {
                    Object name = templater.template(candidate, new LayeredVars(List.of(vars, loaded)));
                    Path p = play.baseDir() == null ? Path.of(String.valueOf(name))
                            : play.baseDir().resolve(String.valueOf(name));
                    if (!Files.exists(p)) {
                        continue;
                    }
                    if (yaml.load(p) instanceof Map<?, ?> m) {
                        m.forEach((k, v) -> loaded.put(String.valueOf(k), v));
                    }
                    break;
                } catch (VaultedFileException e) {
                    throw new FatalRunError(e.getMessage(), 1, e);
                } catch (YamlException e) {
                    // Ansible re-raises a parser error here: the run ends before the play, exit code 4 (250 when
                    // too deep, where ansible-playbook dies of Python's recursion limit)
                    throw new FatalRunError(e.getMessage(), e instanceof YamlTooDeepException ? 250 : 4, e);
                } catch (TemplateException e) {
                    services.listener().warning("Could not load vars file " + candidate + ": " + e.getMessage());
                }
            }
        }
        return loaded;
    }

    /** {@code max_fail_percentage}, or {@code null} when the play has none. */
    Double maxFailPercentage(Play play, Map<String, Object> vars) {
        if (play.maxFailPercentage() == null) {
            return null;
        }
        try {
            Object v = templater.template(play.maxFailPercentage(), vars);
            return Double.parseDouble(String.valueOf(v).replace("%", "").trim());
        } catch (TemplateException | NumberFormatException e) {
            return null;
        }
    }

    boolean gathersFacts(Play play, Map<String, Object> vars) {
        if (play.gatherFacts() == null) {
            return !options.gathering().equals("explicit");
        }
        try {
            Object v = templater.template(play.gatherFacts(), vars);
            return v instanceof String s ? io.jplay.python.PyBool.boolean_(s) : Truth.isTrue(v);
        } catch (TemplateException e) {
            return true;
        }
    }

    /** A handler and the role it belongs to ({@code null} for the play's own). */
    record Handler(Task task, io.jplay.playbook.Role role) {
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
