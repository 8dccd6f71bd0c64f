package io.jplay.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The {@code tree} callback ({@code ansible -t DIR}): writes each host's last ok, failed or unreachable
 * result as JSON to {@code DIR/<host>}, creating the directory; problems become warnings on stderr.
 */
public final class TreeWriter implements RunListener {
    private final Path directory;
    private final Display display;
    private final ResultDumper dumper;

    public TreeWriter(Path directory, OutputSettings settings, Appendable err) {
        this.directory = directory;
        this.display = new ScreenDisplay(settings, err, err);
        this.dumper = new ResultDumper(settings.verbosity());
    }

    @Override
    public void hostResult(HostResult r) {
        if (r.result().skipped()) {
            return;
        }
        Map<String, Object> clean = CleanResult.of(r.result().values(), r.action(), r.noLog());
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            display.warning("Unable to access or create the configured directory (" + directory + "): " + e);
        }
        try {
            Files.writeString(directory.resolve(r.host()), dumper.dump(clean), StandardCharsets.UTF_8);
        } catch (IOException e) {
            display.warning("Unable to write to " + r.host() + "'s file: " + e);
        }
    }
}
