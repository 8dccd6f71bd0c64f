package io.jplay.connection;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Consumer;

/** A {@link LocalConnection} command whose streams its caller holds. */
final class LocalExecStream implements ExecStream {
    private final Process process;
    private final StderrTail stderr;
    private final Consumer<ExecStream> onClose;

    /** @param onClose told when this stream is closed */
    LocalExecStream(Process process, Consumer<ExecStream> onClose) {
        this.process = process;
        this.stderr = StderrTail.drain(process.getErrorStream(), "jplay-local-stream-stderr");
        this.onClose = onClose;
    }

    @Override
    public OutputStream stdin() {
        return process.getOutputStream();
    }

    @Override
    public InputStream stdout() {
        return process.getInputStream();
    }

    @Override
    public String stderrText() {
        return stderr.text();
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        onClose.accept(this);
    }
}
