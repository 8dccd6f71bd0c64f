package io.jplay.connection.ssh;

import io.jplay.connection.ExecStream;
import io.jplay.connection.StderrTail;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;
import net.schmizz.sshj.connection.channel.direct.Session;

/**
 * An {@link SshjConnection} command on a session channel whose streams its caller holds. The channel
 * keeps its lease on the transport until {@link #close()}. A become marker line at the start of
 * stdout is taken out.
 */
final class SshExecStream implements ExecStream {
    private final Session session;
    private final Session.Command command;
    private final InputStream stdout;
    private final StderrTail stderr;
    private final Consumer<SshExecStream> onClose;
    private boolean closed;

    /**
     * @param marker the become success line the command prints first, or {@code null}
     * @param onClose told once when this stream is closed (gives the lease back)
     */
    SshExecStream(Session session, Session.Command command, String marker, Consumer<SshExecStream> onClose) {
        this.session = session;
        this.command = command;
        this.stdout = marker == null ? command.getInputStream() : new MarkerSkipping(command.getInputStream(), marker);
        this.stderr = StderrTail.drain(command.getErrorStream(), "jplay-ssh-stream-stderr");
        this.onClose = onClose;
    }

    @Override
    public OutputStream stdin() {
        return command.getOutputStream();
    }

    @Override
    public InputStream stdout() {
        return stdout;
    }

    @Override
    public String stderrText() {
        return stderr.text();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            session.close();
        } catch (IOException e) {
            // the channel is gone already
        }
        onClose.accept(this);
    }

    /** Stdout with its first line dropped when that line is the become marker. */
    private static final class MarkerSkipping extends PushbackInputStream {
        private final byte[] marker;
        private boolean checked;

        MarkerSkipping(InputStream in, String marker) {
            super(in, marker.length() + 2);
            this.marker = (marker + "\n").getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public int read() throws IOException {
            skipMarker();
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            skipMarker();
            return super.read(b, off, len);
        }

        private void skipMarker() throws IOException {
            if (checked) {
                return;
            }
            checked = true;
            byte[] head = new byte[marker.length];
            int n = 0;
            while (n < head.length) {
                int b = super.read();
                if (b < 0) {
                    break;
                }
                head[n++] = (byte) b;
                if (head[n - 1] != marker[n - 1]) {
                    break;
                }
            }
            if (n < head.length || !Arrays.equals(head, marker)) {
                unread(head, 0, n);
            }
        }
    }
}
