package io.jplay.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jplay.module.ModuleRegistry;
import io.jplay.module.builtin.BuiltinModules;
import io.jplay.testing.AnsibleOracle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Ansible conformance suite: every {@code src/test/conformance/*.yml} case runs under jplay (in-process)
 * and, where {@code ansible-playbook} is installed, under ansible-core too, both with
 * {@code ANSIBLE_STDOUT_CALLBACK=json} in their own copy of the conformance folder.
 *
 * <p>A case passes when jplay exits with the code its header declares ({@code # exit:}, default 0) and,
 * against ansible-core, the two json documents agree per play, task and host (status, every result key
 * and value, {@code stats}) and so do the exit codes, after the one normalisation rule of
 * {@link RunNormaliser}: values under the keys {@code start, end, stop, delta, duration, id,
 * ansible_job_id, results_file} are run-specific and replaced whole; inside any text the case's working
 * directory, the home directory, {@code /tmp/...} paths and async job ids {@code j<digits>.<digits>}
 * are replaced by placeholders. Nothing else is normalised.
 *
 * <p>Differences listed once in {@link SuiteWideDifferences} (one jplay bug each, seen in nearly every case)
 * are reported but never fail a case. Any other difference fails the case unless its header declares {@code # improvement:} (intentional) or
 * {@code # known-difference:} (a jplay bug, reported in {@code docs/compatibility.md} for the integrator; such a
 * case is also excused from its declared exit code under jplay, the exit code being part of the reported diff).
 * A case whose {@code # requires:} modules are not registered in jplay is skipped; {@code python-modules}
 * there means the case runs modules as Python and needs a controller Python that imports ansible.
 * Run with {@code -Dconformance.writeDoc=true} to regenerate {@code docs/compatibility.md}, with
 * {@code -Dconformance.only=REGEX} to run only the cases whose file name contains a match (never with writeDoc).
 */
@Tag("slow")
@Tag("ansible")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConformanceTest {
    private static final Path SUITE = Path.of("src/test/conformance");
    private static final Map<String, String> ENV = Map.of(
            "ANSIBLE_STDOUT_CALLBACK", "json",
            "ANSIBLE_NOCOWS", "1",
            "ANSIBLE_LOCALHOST_WARNING", "false",
            "ANSIBLE_INVENTORY_UNPARSED_WARNING", "false",
            "ANSIBLE_RETRY_FILES_ENABLED", "false");

    /** A {@code requires:} entry: the case runs modules as Python, from the controller's ansible-core. */
    private static final String PYTHON_MODULES = "python-modules";
    private final ModuleRegistry modules = BuiltinModules.registry();
    private final boolean pythonModules = new io.jplay.module.python.ControllerPython(null,
            List.of(Path.of("/usr/bin"), Path.of("/usr/local/bin"))).find().isPresent();
    private final boolean withAnsible = AnsibleOracle.installed("ansible-playbook");
    private final ExecutorService ansiblePool = Executors.newFixedThreadPool(2);
    private final Map<String, Future<RunResult>> ansibleRuns = new ConcurrentHashMap<>();
    private final List<CaseOutcome> outcomes = new ArrayList<>();
    private final Path work;
    private final InProcessJplay jplay;

    ConformanceTest() throws IOException, ReflectiveOperationException {
        work = Files.createTempDirectory("jplay-conformance");
        jplay = new InProcessJplay();
    }

    Stream<ConformanceCase> cases() throws IOException {
        List<ConformanceCase> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(SUITE)) {
            String only = System.getProperty("conformance.only", "");
            for (Path f : files.filter(p -> p.toString().endsWith(".yml"))
                    .filter(p -> only.isEmpty() || java.util.regex.Pattern.compile(only).matcher(p.getFileName().toString()).find())
                    .sorted().toList()) {
                cases.add(ConformanceCase.read(f));
            }
        }
        if (withAnsible) {
            // ansible-playbook is the slow side: run it ahead, two at a time, while jplay runs in this thread.
            for (ConformanceCase c : cases) {
                ansibleRuns.put(c.name(), ansiblePool.submit(() -> runAnsible(c)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void behavesLikeAnsibleCore(ConformanceCase c) throws Exception {
        List<String> missing = c.requires().stream().filter(m -> !modules.contains(m)
                && !(m.equals(PYTHON_MODULES) && pythonModules)).toList();
        if (!missing.isEmpty()) {
            Future<RunResult> pending = ansibleRuns.remove(c.name());
            if (pending != null) {
                pending.cancel(true);
            }
            record(new CaseOutcome(c, CaseOutcome.Status.SKIPPED, List.of(), "requires " + missing + ", not in jplay yet", List.of()));
            assumeTrue(false, "requires modules not registered in jplay: " + missing);
        }
        Path dir = copySuite(c, "jplay");
        RunResult mine = jplay.run(dir, env(c), args(c));
        if (!withAnsible) {
            record(new CaseOutcome(c, CaseOutcome.Status.NOT_COMPARED, List.of(), c.knownDifference(), List.of()));
            assumeTrue(c.knownDifference() == null, "known jplay bug: " + c.knownDifference());
            assertEquals(c.exitCode(), mine.exitCode(), () -> "jplay exit code\n" + mine.stdout() + mine.stderr());
            return;
        }
        RunResult theirs = ansibleRuns.remove(c.name()).get();
        String home = System.getProperty("user.home");
        List<String> all = CaseDiff.between(new RunNormaliser(work.resolve(c.name() + ".ansible"), home).flatten(theirs),
                new RunNormaliser(dir, home).flatten(mine));
        List<String> diff = all.stream().filter(d -> SuiteWideDifferences.of(d).isEmpty()).toList();
        List<String> suiteWide = all.stream().filter(d -> SuiteWideDifferences.of(d).isPresent()).toList();
        CaseOutcome.Status status = diff.isEmpty() ? CaseOutcome.Status.PASS
                : c.improvement() != null ? CaseOutcome.Status.IMPROVEMENT
                : c.knownDifference() != null ? CaseOutcome.Status.KNOWN_DIFFERENCE
                : CaseOutcome.Status.FAIL;
        String note = c.improvement() != null ? c.improvement() : c.knownDifference();
        if (theirs.exitCode() != c.exitCode()) {
            status = CaseOutcome.Status.FAIL;
            note = "ansible-playbook exits " + theirs.exitCode() + ", the header declares " + c.exitCode();
        }
        record(new CaseOutcome(c, status, diff, note, suiteWide));
        if (c.knownDifference() == null) {
            assertEquals(c.exitCode(), mine.exitCode(), () -> "jplay exit code\n" + mine.stdout() + mine.stderr());
        }
        assertEquals(c.exitCode(), theirs.exitCode(), () -> "ansible-playbook exit code (the case is wrong)\n"
                + theirs.stdout() + theirs.stderr());
        if (status == CaseOutcome.Status.FAIL) {
            fail(c.name() + " differs from ansible-core:\n" + String.join("\n", diff));
        }
    }

    private RunResult runAnsible(ConformanceCase c) throws IOException, InterruptedException {
        AnsibleOracle.Run run = AnsibleOracle.run(copySuite(c, "ansible"), env(c), "ansible-playbook", args(c));
        return new RunResult(run.exitCode(), run.stdout(), run.stderr());
    }

    /** The suite's environment, with the case's own {@code env:} entries over it. */
    private static Map<String, String> env(ConformanceCase c) {
        Map<String, String> all = new java.util.HashMap<>(ENV);
        all.putAll(c.env());
        return Map.copyOf(all);
    }

    private static String[] args(ConformanceCase c) {
        List<String> all = new ArrayList<>(c.args());
        all.add(c.name());
        return all.toArray(String[]::new);
    }

    /** A private copy of the whole conformance folder (roles, vars files, inventories) for one case and tool. */
    private Path copySuite(ConformanceCase c, String tool) throws IOException {
        Path target = work.resolve(c.name() + "." + tool);
        try (Stream<Path> all = Files.walk(SUITE)) {
            for (Path p : all.toList()) {
                Path to = target.resolve(SUITE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    // attributes kept: executable inventory scripts must stay executable
                    Files.copy(p, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return target;
    }

    private synchronized void record(CaseOutcome outcome) {
        outcomes.add(outcome);
    }

    @AfterAll
    void finish() throws IOException {
        ansiblePool.shutdownNow();
        if (Boolean.getBoolean("conformance.writeDoc")) {
            outcomes.sort(Comparator.comparing(o -> o.testCase().name()));
            Files.writeString(Path.of("docs/compatibility.md"), CompatibilityDoc.render(outcomes, ansibleVersion()),
                    StandardCharsets.UTF_8);
        }
        try (Stream<Path> all = Files.walk(work)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private String ansibleVersion() {
        if (!withAnsible) {
            return "ansible-core (not installed when generated)";
        }
        try {
            Process p = new ProcessBuilder("ansible-playbook", "--version").redirectErrorStream(true).start();
            String first = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst()
                    .orElse("ansible-core");
            p.waitFor();
            return first.replace("ansible-playbook [core ", "ansible-core ").replace("]", "").trim();
        } catch (IOException | InterruptedException e) {
            return "ansible-core";
        }
    }
}
