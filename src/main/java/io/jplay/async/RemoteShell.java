package io.jplay.async;

import io.jplay.connection.ShellQuote;

/** Small sh fragments shared by the status checks: async dir expansion and job liveness. */
final class RemoteShell {

    /**
     * Defines {@code jplay_dir EXPR}: expands a leading {@code ~} to the home of the user the shell
     * runs as (looked up by name, falling back to $HOME), as the wrapper does.
     */
    static final String EXPAND_DIR = "jplay_dir() { case $1 in '~'|'~/'*) _u=$(id -un 2>/dev/null); _h='';"
            + " case $_u in ''|*[!A-Za-z0-9._-]*) ;; *) eval \"_h=~$_u\" ;; esac;"
            + " case $_h in '~'*|'') _h=$HOME ;; esac; printf '%s\\n' \"$_h${1#\\~}\" ;;"
            + " /*) printf '%s\\n' \"$1\" ;; *) printf '%s\\n' \"$(pwd)/$1\" ;; esac; }; ";

    /**
     * Defines {@code jplay_alive FILE}: prints {@code alive}, {@code dead} or {@code unknown} from the
     * pid side file {@code .<jid>.pid} ("runner-pid watchdog-pid") that jplay's wrapper writes.
     */
    static final String ALIVE = "jplay_alive() { _p=\"${1%/*}/.${1##*/}.pid\"; if [ -r \"$_p\" ]; then"
            + " set -- $(cat \"$_p\" 2>/dev/null) 0 0; if kill -0 \"$2\" 2>/dev/null || kill -0 -\"$1\" 2>/dev/null;"
            + " then echo alive; else echo dead; fi; else echo unknown; fi; }; ";

    private RemoteShell() {
    }

    /** {@code rm -f} of a job file and jplay's side files. */
    static String removeJob(String pathExpr) {
        return "rm -f " + pathExpr + " " + sideFile(pathExpr, ".pid") + " " + pathExpr + ".tmp; ";
    }

    /** The side file for a job path given as a quoted shell word or a {@code "$var"}. */
    static String sideFile(String pathExpr, String suffix) {
        return "\"$(dirname " + pathExpr + ")/.$(basename " + pathExpr + ")" + suffix + "\"";
    }

    static String quote(String word) {
        return ShellQuote.quote(word);
    }
}
