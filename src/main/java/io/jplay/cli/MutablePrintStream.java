package io.jplay.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Standard output that can be silenced for good: after Ctrl-C the results of the commands being
 * stopped on the targets must not print between the last result and Ansible's interrupt message.
 * Every print and write of {@link PrintStream} reaches the two {@code write} methods below.
 */
final class MutablePrintStream extends PrintStream {
    private volatile boolean muted;

    MutablePrintStream(OutputStream out, Charset charset) {
        super(out, false, charset);
    }

    void mute() {
        flush();
        muted = true;
    }

    @Override
    public void write(int b) {
        if (!muted) {
            super.write(b);
        }
    }

    @Override
    public void write(byte[] buf, int off, int len) {
        if (!muted) {
            super.write(buf, off, len);
        }
    }
}
