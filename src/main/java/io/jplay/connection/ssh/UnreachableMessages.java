package io.jplay.connection.ssh;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Collection;

/**
 * Turns connection failures into the text Ansible reports for the same failure with OpenSSH's client
 * ({@code Failed to connect to the host via ssh: ssh: connect to host ... Connection refused}, ...).
 */
final class UnreachableMessages {
    static final String PREFIX = "Failed to connect to the host via ssh: ";

    private UnreachableMessages() {
    }

    static String connectFailure(SshSettings settings, IOException e) {
        Throwable cause = rootOf(e);
        String where = "ssh: connect to host " + settings.host() + " port " + settings.port() + ": ";
        if (cause instanceof UnknownHostException) {
            return PREFIX + "ssh: Could not resolve hostname " + settings.host() + ": Name or service not known";
        }
        if (cause instanceof ConnectException) {
            return PREFIX + where + "Connection refused";
        }
        if (cause instanceof NoRouteToHostException) {
            return PREFIX + where + "No route to host";
        }
        if (cause instanceof SocketTimeoutException) {
            return PREFIX + where + "Connection timed out";
        }
        String text = String.valueOf(cause.getMessage());
        if (text.contains("reset")) {
            return PREFIX + "kex_exchange_identification: read: Connection reset by peer";
        }
        return PREFIX + "Connection closed by " + settings.host() + " port " + settings.port()
                + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")");
    }

    static String authFailure(SshSettings settings, Collection<String> allowedMethods) {
        String methods = allowedMethods == null || allowedMethods.isEmpty()
                ? "publickey" : String.join(",", allowedMethods);
        return PREFIX + settings.user() + "@" + settings.displayName() + ": Permission denied (" + methods + ").";
    }

    /**
     * The timeout passed while opening. Before the TCP connection was made (a cut or filtered link):
     * OpenSSH's words for its {@code ConnectTimeout}. After, the server went silent: OpenSSH's words
     * for the banner ({@code Connection timed out during banner exchange}), the same shape for the
     * later steps, where OpenSSH itself would wait forever.
     */
    static String handshakeTimeout(SshSettings settings, HandshakeDeadline.Step step) {
        if (step == HandshakeDeadline.Step.CONNECT) {
            // OpenSSH's ConnectTimeout passing before the TCP connection is made
            return PREFIX + "ssh: connect to host " + settings.host() + " port " + settings.port() + ": Connection timed out";
        }
        return PREFIX + "Connection timed out during " + step.text + "\r\nConnection to " + settings.host()
                + " port " + settings.port() + " timed out";
    }

    static String hostKeyFailure(String text) {
        return PREFIX + text;
    }

    /**
     * A transport that broke while a command or file was in flight. A server that stopped answering
     * keepalives (a cut link, a frozen host) is said in OpenSSH's words for it:
     * {@code Timeout, server HOST not responding.}
     */
    static String dataNotSent(String hostName, Throwable e) {
        Throwable cause = rootOf(e);
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (reason.startsWith(KEEPALIVE_LOST)) {
            reason = "Timeout, server " + hostName + " not responding.";
        }
        return "Data could not be sent to remote host \"" + hostName + "\". Make sure this host can be reached "
                + "over ssh: " + reason;
    }

    /** How sshj's keepalive says that the server has not answered its last requests. */
    static final String KEEPALIVE_LOST = "Did not receive any keep-alive response";

    static Throwable rootOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    static boolean isIdentificationReset(IOException e) {
        String text = String.valueOf(rootOf(e).getMessage()) + " " + e.getMessage();
        return text.contains("Connection reset") || text.contains("identification")
                || text.contains("Broken pipe") || text.contains("closed by the server");
    }
}
