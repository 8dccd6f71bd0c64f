package io.jplay.executor;

/**
 * The user at the controller's terminal, for the questions a run asks ({@code vars_prompt}). The CLI
 * answers them on the terminal; without one (a pipe, CI), {@link #NONE} is used and Ansible's rules for
 * a non-interactive run apply.
 */
public interface Prompter {
    /** No terminal: nothing is asked. */
    Prompter NONE = new Prompter() {
        @Override
        public boolean interactive() {
            return false;
        }

        @Override
        public String ask(String text, boolean secret) {
            return null;
        }

        @Override
        public void say(String line) {
        }
    };

    /** Whether standard input is a terminal: only then does Ansible ask. */
    boolean interactive();

    /** Shows {@code text} and reads one line, not echoed when {@code secret}; null at the end of input. */
    String ask(String text, boolean secret);

    /** Shows one line to the user (a notice between questions). */
    void say(String line);

    /** Takes the line the last answer was typed on off the screen, as Ansible's {@code pause} leaves it. */
    default void eraseAnswer() {
    }
}
