package io.jplay.connection.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.jplay.connection.ConnectionTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SshSettingsResolverTest {

    private static ConnectionTarget target(String address, int port, String user, List<String> args) {
        return new ConnectionTarget("inv", "ssh", address, port, user, null, null, args, true, Duration.ofSeconds(7), null);
    }

    @Test
    void parsesOptionWordsInEveryOpenSshSpelling() {
        Map<String, String> o = SshArgs.parse(List.of("-C", "-o", "ControlMaster=auto", "-oStrictHostKeyChecking=no",
                "-o", "UserKnownHostsFile /dev/null", "-J", "bastion", "-p2200", "-i", "/k", "-l", "bob",
                "-o", "ConnectTimeout = 3"));
        assertEquals("no", o.get("stricthostkeychecking"));
        assertEquals("/dev/null", o.get("userknownhostsfile"));
        assertEquals("bastion", o.get("proxyjump"));
        assertEquals("2200", o.get("port"));
        assertEquals("/k", o.get("identityfile"));
        assertEquals("bob", o.get("user"));
        assertEquals("3", o.get("connecttimeout"));
    }

    @Test
    void configFileFirstMatchWinsAndNegationExcludes() {
        SshConfigFile config = SshConfigFile.parse(List.of(
                "Host web* !web9", "  HostName 10.0.0.5", "  User deploy",
                "Host *", "  User fallback", "  Port 2022"));
        assertEquals(Map.of("hostname", "10.0.0.5", "user", "deploy", "port", "2022"), config.optionsFor("web1"));
        assertEquals(Map.of("user", "fallback", "port", "2022"), config.optionsFor("web9"));
    }

    @Test
    void targetVariablesBeatSshArgsWhichBeatConfigFile(@TempDir Path ssh) throws Exception {
        Files.writeString(ssh.resolve("config"), "Host box\n HostName 192.0.2.1\n User cfguser\n Port 2022\n"
                + " ProxyJump jumper\n StrictHostKeyChecking accept-new\n");
        SshSettingsResolver resolver = new SshSettingsResolver(ssh, "me");
        SshSettings s = resolver.resolve(target("box", 0, null, List.of("-o", "User=argsuser")));
        assertEquals("192.0.2.1", s.host());
        assertEquals(2022, s.port());
        assertEquals("argsuser", s.user());
        assertEquals("jumper", s.proxyJump());
        assertEquals(HostKeyPolicy.ACCEPT_NEW, s.hostKeyPolicy());
        assertEquals(Duration.ofSeconds(7), s.connectTimeout());

        SshSettings explicit = resolver.resolve(target("box", 2200, "varuser", List.of("-o", "ProxyJump=none")));
        assertEquals(2200, explicit.port());
        assertEquals("varuser", explicit.user());
        assertNull(explicit.proxyJump());
        assertEquals("[192.0.2.1]:2200", explicit.knownHostsName());
    }

    @Test
    void jumpSpecCarriesUserAndPort(@TempDir Path ssh) {
        SshSettingsResolver resolver = new SshSettingsResolver(ssh, "me");
        SshSettings via = resolver.resolve(target("10.1.1.1", 0, null, List.of()));
        SshSettings jump = resolver.resolveJump("ops@bastion.example:2201", via);
        assertEquals("ops", jump.user());
        assertEquals("bastion.example", jump.host());
        assertEquals(2201, jump.port());
        assertEquals("me", via.user());
        assertEquals(22, via.port());
    }
}
