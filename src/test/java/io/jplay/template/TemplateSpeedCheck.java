package io.jplay.template;

import java.util.HashMap;
import java.util.Map;

/** Manual micro check (not a test): prints the warm cost of a small template. */
final class TemplateSpeedCheck {
    private TemplateSpeedCheck() {
    }

    public static void main(String[] args) throws Exception {
        AnsibleTemplater t = new AnsibleTemplater(w -> { });
        Map<String, Object> vars = new HashMap<>();
        vars.put("name", "world");
        vars.put("r", Map.of("rc", 0L, "stdout", "x"));
        for (int i = 0; i < 50; i++) {
            vars.put("v" + i, "value " + i);
        }
        String tpl = "Hello {{ name }}, rc={{ r.rc }}";
        for (int round = 0; round < 5; round++) {
            int n = 200_000;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                t.template(tpl, vars);
            }
            double us = (System.nanoTime() - start) / 1000.0 / n;
            long s2 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                t.isTrue("r.rc == 0 and 'x' in r.stdout", vars);
            }
            double us2 = (System.nanoTime() - s2) / 1000.0 / n;
            System.out.printf("round %d: template %.2f us, isTrue %.2f us%n", round, us, us2);
        }
    }
}
