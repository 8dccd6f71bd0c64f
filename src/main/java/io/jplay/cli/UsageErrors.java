package io.jplay.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/** A command-line parse error worded as ansible-playbook's argument parser words it. */
final class UsageErrors {
    private UsageErrors() {
    }

    static String describe(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            return "unrecognized arguments: " + String.join(" ", u.getUnmatched());
        }
        ArgSpec arg = e.getArgSpec();
        if (e instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
            arg = m.getMissing().get(0);
        }
        if (arg instanceof OptionSpec o) {
            String names = String.join("/", o.names());
            if (e instanceof CommandLine.MissingParameterException) {
                return "argument " + names + ": expected one argument";
            }
            if (o.type() == Integer.class || o.type() == int.class) {
                return "argument " + names + ": invalid int value: '" + e.getValue() + "'";
            }
            return "argument " + names + ": " + e.getMessage();
        }
        return e.getMessage();
    }
}
