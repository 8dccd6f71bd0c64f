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
        if (secret && terminal.console() != null) {
            return terminal.prompt(text);
        }
        terminal.out().print(text);
        terminal.out().flush();
        return terminal.readLine();
    }

    @Override
    public synchronized void say(String line) {
        terminal.out().println(line);
    }
}
