package io.jplay.cli;

import io.jplay.executor.Prompter;

/**
 * Asks the run's questions on the terminal as Ansible does: the question on standard output and the
 * answer from standard input, a secret one read without echo where Java has the console.
 */
final class TerminalPrompter implements Prompter {
    private final Terminal terminal;

    TerminalPrompter(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public boolean interactive() {
        return terminal.stdinIsTty();
    }

    @Override
    public synchronized String ask(String text, boolean secret) {
        if (secret && terminal.canPrompt()) {
            return terminal.prompt(text);
        }
        terminal.out().print(text);
        terminal.out().flush();
        return terminal.readLine();
    }

    /** On a terminal: the cursor up to the answer's line, to its start, and the line cleared. */
    @Override
    public synchronized void eraseAnswer() {
        if (terminal.stdoutIsTty()) {
            terminal.out().print("\033[A\r\033[K");
            terminal.out().flush();
        }
    }

    @Override
    public synchronized void say(String line) {
        terminal.out().println(line);
    }
}
