package io.jplay.playbook;

import java.nio.file.Path;
import java.util.List;

/** A parsed playbook file: its plays in order ({@code import_playbook} already expanded). */
public record Playbook(Path path, List<Play> plays) {

    public Playbook {
        plays = List.copyOf(plays);
    }
}
