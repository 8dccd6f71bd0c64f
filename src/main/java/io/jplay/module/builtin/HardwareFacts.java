package io.jplay.module.builtin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Processor and memory facts from {@code /proc/cpuinfo} and {@code /proc/meminfo}, counted as Ansible does. */
final class HardwareFacts {
    private HardwareFacts() {
    }

    static Map<String, Object> processor(String cpuinfo, String nproc) {
        List<String> processor = new ArrayList<>();
        Set<String> sockets = new LinkedHashSet<>();
        long vcpus = 0;
        long cores = 0;
        long siblings = 0;
        for (String line : cpuinfo.lines().toList()) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "processor" -> {
                    processor.add(String.valueOf(vcpus));
                    vcpus++;
                }
                case "vendor_id", "model name", "Processor", "cpu", "Vendor" -> processor.add(value);
                case "physical id" -> sockets.add(value);
                case "cpu cores" -> cores = parse(value, cores);
                case "siblings" -> siblings = parse(value, siblings);
                default -> { }
            }
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("processor", processor);
        long count = sockets.isEmpty() ? vcpus : sockets.size();
        long perSocket = cores == 0 ? 1 : cores;
        long threads = siblings == 0 || cores == 0 ? 1 : Math.max(1, siblings / cores);
        f.put("processor_count", count);
        f.put("processor_cores", perSocket);
        f.put("processor_threads_per_core", threads);
        f.put("processor_vcpus", sockets.isEmpty() ? vcpus : threads * perSocket * count);
        f.put("processor_nproc", parse(nproc.strip(), vcpus));
        return f;
    }

    private static long parse(String s, long fallback) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static Map<String, Object> memory(String meminfo) {
        Map<String, Long> mb = new LinkedHashMap<>();
        for (String line : meminfo.lines().toList()) {
            String[] w = line.split("[:\\s]+");
            if (w.length >= 2) {
                mb.put(w[0], parse(w[1], 0) / 1024);
            }
        }
        Map<String, Object> f = new LinkedHashMap<>();
        if (mb.isEmpty()) {
            return f;
        }
        long total = mb.getOrDefault("MemTotal", 0L);
        long free = mb.getOrDefault("MemFree", 0L);
        long swapTotal = mb.getOrDefault("SwapTotal", 0L);
        long swapFree = mb.getOrDefault("SwapFree", 0L);
        f.put("memtotal_mb", total);
        f.put("memfree_mb", free);
        f.put("swaptotal_mb", swapTotal);
        f.put("swapfree_mb", swapFree);
        long nocacheFree = free + mb.getOrDefault("Buffers", 0L) + mb.getOrDefault("Cached", 0L);
        Map<String, Object> memory = new LinkedHashMap<>();
        memory.put("real", ordered("total", total, "used", total - free, "free", free));
        memory.put("nocache", ordered("free", nocacheFree, "used", total - nocacheFree));
        memory.put("swap", ordered("total", swapTotal, "free", swapFree, "used", swapTotal - swapFree,
                "cached", mb.getOrDefault("SwapCached", 0L)));
        f.put("memory_mb", memory);
        return f;
    }

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
