package io.jplay.connection;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * A command started by {@link Connection#open} that keeps running while the caller talks to it: its
 * standard input and output are streams, its standard error is kept (the last
 * {@link StderrTail#LIMIT} bytes) for messages. It ends when its input is closed and it exits, or when
 * {@link #close()} ends it.
 *
 * <p>Thread-safety: one thread may write {@link #stdin()} while another reads {@link #stdout()};
 * {@link #close()} may be called from any thread, also while the others block.
 */
public interface ExecStream extends AutoCloseable {

    /** The command's standard input; flush after each message. */
    OutputStream stdin();

    /** The command's standard output (without any privilege escalation marker). */
    InputStream stdout();

    /** What the command wrote on its standard error so far (its last bytes), as text. */
    String stderrText();

    /** Ends the command (closes its channel, or kills the local process) and frees what it held. */
    @Override
    void close();
}
