package io.jplay.module.python;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Each module's zip, built once per run (by the first task that needs it) and kept with its digest. */
final class PayloadCache {
    /**
     * One module's zip.
     *
     * @param zip the zip's bytes
     * @param base64 the same, base64-encoded (the one-exec program embeds it)
     * @param digest the SHA-256 of the zip in hex (module runners keep zips under it)
     */
    record Payload(byte[] zip, String base64, String digest) {
    }

    private final Map<Path, Payload> zips = new ConcurrentHashMap<>();
    private final ModuleResolver resolver;
    private final AtomicInteger builds = new AtomicInteger();

    PayloadCache(ModuleResolver resolver) {
        this.resolver = resolver;
    }

    String zipBase64(ModuleSource module, AnsibleInstall install) throws IOException {
        return payload(module, install).base64();
    }

    Payload payload(ModuleSource module, AnsibleInstall install) throws IOException {
        try {
            return zips.computeIfAbsent(module.file(), f -> {
                try {
                    builds.incrementAndGet();
                    PayloadBuilder builder = new PayloadBuilder(resolver.moduleUtilsDirs(), install.moduleUtilsDir(),
                            resolver.collectionRoots());
                    byte[] zip = builder.build(module);
                    return new Payload(zip, Base64.getEncoder().encodeToString(zip), digest(zip));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String digest(byte[] zip) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** How many zips this run has built: one per module, however many hosts and tasks ran it. */
    int builds() {
        return builds.get();
    }
}
