package io.jplay.playbook;

import java.nio.file.Path;
import java.util.List;

/** A parsed playbook file: its plays in order ({@code import_playbook} already expanded). */
public record Playbook(Path path, List<Play> plays) {
    /** The file name of the one-play playbook an ad-hoc command runs (no such file exists). */
    public static final String AD_HOC = "__adhoc__";

    public Playbook {
        plays = List.copyOf(plays);
    }

    /** Whether this is an ad-hoc command's playbook rather than a file's. */
    public boolean adHoc() {
        return path.getFileName() != null && path.getFileName().toString().equals(AD_HOC);
    }
}
