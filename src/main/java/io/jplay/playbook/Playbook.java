package io.jplay.playbook;

import java.nio.file.Path;
import java.util.List;

/**
 * A parsed playbook file: its plays in order ({@code import_playbook} already expanded).
 *
 * @param given the path as the command line named it (the path itself when none)
 */
public record Playbook(Path path, List<Play> plays, String given) {
    /** The file name of the one-play playbook an ad-hoc command runs (no such file exists). */
    public static final String AD_HOC = "__adhoc__";

    public Playbook {
        plays = List.copyOf(plays);
        given = given == null ? path.toString() : given;
    }

    public Playbook(Path path, List<Play> plays) {
        this(path, plays, null);
    }

    /** This playbook as named on the command line (Ansible's messages show the path as given, relative or not). */
    public Playbook givenAs(String name) {
        return new Playbook(path, plays, name);
    }

    /** Whether this is an ad-hoc command's playbook rather than a file's. */
    public boolean adHoc() {
        return path.getFileName() != null && path.getFileName().toString().equals(AD_HOC);
    }
}
