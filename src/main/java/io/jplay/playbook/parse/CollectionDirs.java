package io.jplay.playbook.parse;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the installed collections are, as the run's collection finder knows them (playbook-adjacent
 * {@code collections/}, the collections paths, the Python installation's {@code ansible_collections}).
 * Called from the parsing thread only.
 */
@FunctionalInterface
public interface CollectionDirs {
    /** The directory of collection {@code namespace.name}, when installed. */
    Optional<Path> find(String collection);
}
