package io.jplay.testing;

/** One running SSH server behind {@link SshdServer}. */
interface ServerBackend {

    int port();

    String hostPublicKey();

    boolean isAlive();

    String diagnostics();

    void stop();
}
