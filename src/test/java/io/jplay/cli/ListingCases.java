package io.jplay.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The {@code --list-hosts}/{@code --list-tasks}/{@code --list-tags} cases of {@code src/test/resources/listing/}:
 * one line of {@code cases.txt} each (arguments after {@code -i hosts.ini}), numbered from 1, and the output
 * ansible-playbook 2.14 printed for case N in {@code expected/N.out} (its stdout, then {@code rc=} and the exit code).
 */
record ListingCases(Path dir, List<String> lines) {

    static ListingCases load() {
        try {
            Path dir = Path.of(ListingCases.class.getResource("/listing").toURI());
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(dir.resolve("cases.txt"))) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
            return new ListingCases(dir, List.copyOf(lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The case numbers, for a parameterized test's source. */
    static IntStream numbers() {
        return IntStream.rangeClosed(1, load().lines().size());
    }

    /** The arguments of case {@code number} (1-based), the inventory first. */
    String[] args(int number) {
        List<String> args = new ArrayList<>(List.of("-i", "hosts.ini"));
        args.addAll(List.of(lines.get(number - 1).split(" ")));
        return args.toArray(String[]::new);
    }

    /** What ansible-playbook printed for case {@code number}, in the form of {@link #recorded}. */
    String expected(int number) {
        try {
            return Files.readString(dir.resolve("expected/" + number + ".out"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String recorded(JplayRun run) {
        return run.stdout() + "rc=" + run.exitCode() + "\n";
    }
}
