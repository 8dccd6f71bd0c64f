package io.jplay.conformance;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs jplay's command line in this JVM through the cli package's test helper {@code io.jplay.cli.JplayRun}.
 * That helper is package-private to {@code io.jplay.cli}, so it is reached by reflection rather than by
 * widening the cli package for one test.
 */
final class InProcessJplay {
    private final Method run;
    private final Method exitCode;
    private final Method stdout;
    private final Method stderr;

    InProcessJplay() throws ReflectiveOperationException {
        Class<?> type = Class.forName("io.jplay.cli.JplayRun");
        run = type.getDeclaredMethod("run", Path.class, Map.class, String[].class);
        exitCode = type.getDeclaredMethod("exitCode");
        stdout = type.getDeclaredMethod("stdout");
        stderr = type.getDeclaredMethod("stderr");
        for (Method m : new Method[] {run, exitCode, stdout, stderr}) {
            m.setAccessible(true);
        }
    }

    RunResult run(Path cwd, Map<String, String> env, String... args) throws ReflectiveOperationException {
        Object r = run.invoke(null, cwd, env, args);
        return new RunResult((Integer) exitCode.invoke(r), (String) stdout.invoke(r), (String) stderr.invoke(r));
    }
}
