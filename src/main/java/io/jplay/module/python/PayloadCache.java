package io.jplay.module.python;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Each module's zip, built once per run (by the first task that needs it) and kept base64-encoded. */
final class PayloadCache {
    private final Map<Path, String> zips = new ConcurrentHashMap<>();
    private final ModuleResolver resolver;
    private final AtomicInteger builds = new AtomicInteger();

    PayloadCache(ModuleResolver resolver) {
        this.resolver = resolver;
    }

    String zipBase64(ModuleSource module, AnsibleInstall install) throws IOException {
        try {
            return zips.computeIfAbsent(module.file(), f -> {
                try {
                    builds.incrementAndGet();
                    PayloadBuilder builder = new PayloadBuilder(resolver.moduleUtilsDirs(), install.moduleUtilsDir(),
                            resolver.collectionRoots());
                    return Base64.getEncoder().encodeToString(builder.build(module));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** How many zips this run has built: one per module, however many hosts and tasks ran it. */
    int builds() {
        return builds.get();
    }
}
