package io.jplay.module.builtin;

import io.jplay.connection.ConnectionException;
import io.jplay.connection.ExecRequest;
import io.jplay.connection.ExecResult;
import io.jplay.connection.ShellQuote;
import io.jplay.module.ModuleContext;
import io.jplay.module.ModuleException;

/**
 * A controller file an action sends ahead of the module that uses it ({@code assemble}'s fragments,
 * {@code unarchive}'s archive), as Ansible's actions do: into a fresh directory under
 * {@code ~/.ansible/tmp} of the login user, readable by the become user, removed afterwards.
 *
 * @param dir the temporary directory
 * @param path the uploaded file inside it
 */
record ActionUpload(String dir, String path) {

    /** Uploads {@code content} as {@code name} in a new temporary directory. */
    static ActionUpload of(ModuleContext ctx, byte[] content, String name) throws ModuleException, ConnectionException {
        ExecResult made = ctx.connection().exec(ExecRequest.of("umask 77 && mkdir -p \"$HOME/.ansible/tmp\" && mktemp -d "
                + "\"$HOME/.ansible/tmp/ansible-tmp-XXXXXXXXXX\""));
        String dir = made.stdoutText().strip();
        if (made.rc() != 0 || !dir.startsWith("/")) {
            throw new ModuleException("could not create a temporary directory on the target: " + made.stderrText().strip());
        }
        String path = dir + "/" + name;
        ctx.connection().put(content, path, 0600);
        if (ctx.become() != null) {
            // the become user reads what the login user wrote
            ctx.connection().exec(ExecRequest.of("chmod a+rx " + ShellQuote.quote(dir) + " && chmod a+r "
                    + ShellQuote.quote(path)));
        }
        return new ActionUpload(dir, path);
    }

    /** Removes the directory and what it holds. */
    void remove(ModuleContext ctx) throws ConnectionException {
        ctx.connection().exec(ExecRequest.of("rm -f -r " + ShellQuote.quote(dir) + " > /dev/null 2>&1"));
    }
}
