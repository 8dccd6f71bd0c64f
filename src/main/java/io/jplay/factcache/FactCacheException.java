package io.jplay.factcache;

/** The fact cache plugin cannot be used; the message is Ansible's. */
public final class FactCacheException extends Exception {
    private static final long serialVersionUID = 1L;

    public FactCacheException(String message) {
        super(message);
    }
}
