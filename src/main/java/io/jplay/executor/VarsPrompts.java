package io.jplay.executor;

import io.jplay.output.RunListener;
import io.jplay.playbook.Play;
import io.jplay.python.PyBool;
import io.jplay.python.PyRepr;
import io.jplay.result.Truth;
import io.jplay.template.PasswordHashes;
import io.jplay.template.TemplateException;
import io.jplay.template.Templater;
import io.jplay.yaml.Unsafe;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Answers a play's {@code vars_prompt} before the play starts, as Ansible's playbook executor does: the
 * entries are templated with the play-level variables, a name given as an extra variable is left alone,
 * every other name is asked on the terminal ({@code prompt [default]: }, twice with {@code confirm}, not
 * echoed when {@code private}); without a terminal Ansible's warning is shown and nothing is asked. An
 * empty answer takes the {@code default} (Python's {@code None} as the text {@code "None"} when there is
 * neither), hashed when {@code encrypt} names a scheme, and marked unsafe when {@code unsafe} is true. The
 * answers become play variables.
 */
final class VarsPrompts {
    static final String NOT_INTERACTIVE = "Not prompting as we are not in interactive mode";

    private final Templater templater;
    static final String MISMATCH = "***** VALUES ENTERED DO NOT MATCH ****";

    private final RunListener listener;
    private final Prompter prompter;
    private final Map<String, Object> extraVars;

    VarsPrompts(Templater templater, RunListener listener, Prompter prompter, Map<String, Object> extraVars) {
        this.templater = templater;
        this.listener = listener;
        this.prompter = prompter;
        this.extraVars = extraVars;
    }

    /** {@code play} with its prompts answered in its vars; the play itself when it has none. */
    Play answer(Play play, Map<String, Object> playLevel) {
        if (play.varsPrompt().isEmpty()) {
            return play;
        }
        Object templated;
        try {
            templated = templater.template(play.varsPrompt(), playLevel);
        } catch (TemplateException e) {
            // Ansible's AnsibleUndefinedVariable repeats the undefined message after its own copy of it
            throw new FatalRunError(e.kind() == TemplateException.Kind.UNDEFINED ? e.getMessage() + ". " + e.getMessage()
                    : e.getMessage(), 1, e);
        }
        Map<String, Object> vars = new LinkedHashMap<>(play.vars());
        for (Object item : (List<?>) templated) {
            Map<?, ?> prompt = (Map<?, ?>) item;
            String name = PyRepr.str(prompt.get("name"));
            boolean secret = strictBoolean(prompt.containsKey("private") ? prompt.get("private") : Boolean.TRUE);
            boolean confirm = strictBoolean(prompt.containsKey("confirm") ? prompt.get("confirm") : Boolean.FALSE);
            if (!extraVars.containsKey(name)) {
                vars.put(name, value(name, prompt, secret, confirm));
            }
        }
        return play.withVars(vars);
    }

    private Object value(String name, Map<?, ?> prompt, boolean secret, boolean confirm) {
        Object result = null;
        Object fallback = prompt.get("default");
        if (prompter.interactive()) {
            Object text = prompt.containsKey("prompt") ? prompt.get("prompt") : name;
            String question = !Truth.isTrue(text) ? "input for " + name + ": "
                    : fallback != null ? PyRepr.str(text) + " [" + PyRepr.str(fallback) + "]: " : PyRepr.str(text) + ": ";
            result = ask(question, secret, confirm);
        } else {
            listener.warning(NOT_INTERACTIVE);
        }
        if (!Truth.isTrue(result) && fallback != null) {
            result = fallback;
        }
        Object encrypt = prompt.get("encrypt");
        if (Truth.isTrue(encrypt)) {
            if (result == null) {
                throw new IllegalStateException("secret must be unicode or bytes, not None");
            }
            Object salt = prompt.get("salt");
            try {
                result = PasswordHashes.hash(PyRepr.str(result), PyRepr.str(encrypt),
                        salt == null ? null : PyRepr.str(salt), prompt.get("salt_size"));
            } catch (TemplateException e) {
                throw new FatalRunError(e.getMessage(), 1, e);
            }
        }
        String text = PyRepr.str(result);
        return Truth.isTrue(prompt.get("unsafe")) ? new Unsafe(text) : text;
    }

    /** One answer; with {@code confirm} asked again until both answers are the same. An ended input answers "". */
    private String ask(String question, boolean secret, boolean confirm) {
        while (true) {
            String answer = Objects.requireNonNullElse(prompter.ask(question, secret), "");
            if (!confirm || answer.equals(Objects.requireNonNullElse(prompter.ask("confirm " + question, secret), ""))) {
                return answer;
            }
            prompter.say(MISMATCH);
        }
    }

    /** Ansible's {@code boolean(value)} (strict): a value that is not one ends the run as an unexpected exception. */
    private static boolean strictBoolean(Object value) {
        return PyBool.boolean_(value, true);
    }
}
