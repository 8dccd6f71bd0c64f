package io.jplay.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.jplay.playbook.Keywords;
import io.jplay.template.AnsibleTemplater;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code -k} password is the fallback for hosts without {@code ansible_password}. */
class ConnectionPasswordTest {

    private static RunOptions askedPassword(String password) {
        RunOptions d = RunOptions.defaults();
        return new RunOptions(d.forks(), d.check(), d.diff(), d.verbosity(), d.tags(), d.skipTags(), d.startAtTask(),
                d.limit(), d.connection(), d.remoteUser(), d.privateKeyFile(), d.timeout(), d.hostKeyChecking(),
                d.sshArgs(), d.become(), d.asyncDir(), d.pollInterval(), d.gathering(), d.anyErrorsFatal(),
                d.forceHandlers(), d.extraVars(), password);
    }

    private static String password(RunOptions options, Map<String, Object> vars) throws Exception {
        return new ConnectionResolver(new AnsibleTemplater(w -> { }), options).target("h", vars, Keywords.NONE)
                .password();
    }

    @Test
    void askedPasswordIsUsedWhenTheHostHasNone() throws Exception {
        assertEquals("typed", password(askedPassword("typed"), Map.of("ansible_host", "10.0.0.1")));
    }

    @Test
    void hostPasswordWinsOverTheAskedOne() throws Exception {
        assertEquals("inventory", password(askedPassword("typed"), Map.of("ansible_password", "inventory")));
        assertEquals("legacy", password(askedPassword("typed"), Map.of("ansible_ssh_pass", "legacy")));
    }

    @Test
    void noPasswordWithoutAskPass() throws Exception {
        assertNull(password(RunOptions.defaults(), Map.of()));
    }
}
