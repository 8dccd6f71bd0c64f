package io.jplay.connection;

/** The target could not be reached or the transport broke: the host becomes UNREACHABLE. */
public class ConnectionException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConnectionException(String message) {
        super(message);
    }

    public ConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
