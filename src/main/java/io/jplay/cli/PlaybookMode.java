package io.jplay.cli;

import io.jplay.executor.PlaybookExecutor;
import io.jplay.inventory.Inventory;
import io.jplay.playbook.Playbook;
import io.jplay.playbook.parse.PlaybookException;
import io.jplay.playbook.parse.PlaybookParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code jplay PLAYBOOK...}: parse every playbook first, then list, check or run them. */
final class PlaybookMode {
    private final Session session;

    PlaybookMode(Session session) {
        this.session = session;
    }

    int run() throws CliException, InterruptedException {
        JplayCommand cmd = session.cmd;
        if (cmd.positional.isEmpty()) {
            throw new CliException("You must specify a playbook file to run", ExitCodes.OPTIONS);
        }
        session.announce();
        for (String name : cmd.positional) {
            if (!java.nio.file.Files.isRegularFile(session.cwd.resolve(name))) {
                throw new CliException("the playbook: " + name + " could not be found", ExitCodes.ERROR);
            }
        }
        for (String name : cmd.positional) {
            // as ansible-playbook: plugins beside the playbooks (inventory plugins too) before the inventory loads
            session.addPluginDirs(session.cwd.resolve(name).toAbsolutePath().normalize().getParent());
        }
        Inventory inventory = session.inventory("all");
        session.requireTargets(inventory, "all");
        PlaybookParser parser = session.parser();
        List<Playbook> playbooks = new ArrayList<>();
        for (String name : cmd.positional) {
            try {
                playbooks.add(parser.parse(session.cwd.resolve(name)).givenAs(name));
            } catch (PlaybookException e) {
                throw new CliException(e.render().stripTrailing(), e.exitCode());
            }
        }
        if (cmd.syntaxCheck) {
            for (String name : cmd.positional) {
                session.terminal.out().println();
                session.terminal.out().println("playbook: " + name);
            }
            return ExitCodes.OK;
        }
        Path dir = playbooks.get(0).path().toAbsolutePath().getParent();
        PlaybookExecutor executor = new PlaybookExecutor(session.services(inventory, parser, dir), session.options,
                Globals.of(session));
        if (cmd.listHosts || cmd.listTasks || cmd.listTags) {
            new Listings(session.terminal.out(), cmd.listHosts, cmd.listTasks, cmd.listTags)
                    .print(cmd.positional, playbooks, executor);
            return ExitCodes.OK;
        }
        new Slicing(session).apply(executor, playbooks);
        return executor.run(playbooks);
    }
}
