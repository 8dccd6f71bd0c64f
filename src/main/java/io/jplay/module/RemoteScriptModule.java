package io.jplay.module;

/**
 * A module whose work on the target is one POSIX shell script. Such a module can run under the
 * async wrapper: the wrapper runs {@link #script} in the background and writes the result the
 * module would have returned to the job file.
 */
public interface RemoteScriptModule extends Module {

    @Override
    default boolean supportsAsync() {
        return true;
    }

    /** Plans the script for these arguments; no remote call is made. */
    RemoteScript script(ModuleContext context) throws ModuleException;
}
