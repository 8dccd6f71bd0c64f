package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jplay.testing.AnsibleOracle;
import io.jplay.testing.SshdServer;
import io.jplay.testing.TestUsers;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same playbooks over SSH, on 20 inventory aliases of one real sshd on loopback, with
 * {@code -f 10} (the batch pattern with {@code -f 20}), under jplay and under ansible-playbook: stdout, stderr and exit codes must match
 * after {@link OutputNormaliser#normaliseUnordered} (Ansible prints hosts in completion order). The tasks are timed so that both tools poll the same number of
 * times (no timing-dependent lines).
 */
@Tag("ansible")
@Tag("ssh")
class SshCompatibilityTest {
    @RegisterExtension
    static final SshdServer SSHD = SshdServer.create();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"commands.yml", "async_poll.yml", "async_forget.yml", "async_batches.yml"})
    void printsWhatAnsiblePlaybookPrintsOverSsh(String playbook, @TempDir Path work) throws Exception {
        assumeTrue(AnsibleOracle.installed("ansible-playbook"), "ansible-playbook is not installed");
        assumeTrue(SSHD.isOpenSsh(), "needs OpenSSH's sshd (Ansible drives the OpenSSH client)");
        String user = TestUsers.nonRoot().orElse(SSHD.user());
        Files.copy(resource(playbook), work.resolve(playbook));
        Files.copy(resource("async_batch_tasks.yml"), work.resolve("async_batch_tasks.yml"));
        SSHD.writeInventory(work.resolve("hosts.ini"), 20, user);
        Path jobs = Files.createDirectory(work.resolve("jobs"));
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(jobs, PosixFilePermissions.fromString("rwxrwxrwx"));
        Map<String, String> env = Map.of("ANSIBLE_NOCOWS", "1", "ANSIBLE_HOST_KEY_CHECKING", "False",
                "ANSIBLE_ASYNC_DIR", jobs.resolve("async").toString());
        // the batch pattern with -f 20 as the async issue asks; the timed single-job cases with -f 10, where
        // Ansible's own launch stays fast enough not to turn a finished check into an extra POLL line
        String forks = playbook.equals("async_batches.yml") ? "20" : "10";
        JplayRun ansible = JplayRun.of(AnsibleOracle.run(work, env, "ansible-playbook", "-i", "hosts.ini", "-f", forks, playbook));
        JplayRun jplay = JplayRun.run(work, env, "-i", "hosts.ini", "-f", forks, playbook);
        // both outputs are kept for a look when they differ (assertion messages are cut short)
        Path keep = Files.createDirectories(Path.of("target", "ssh-compat"));
        Files.writeString(keep.resolve(playbook + ".ansible.txt"), OutputNormaliser.normaliseUnordered(ansible.stdout()));
        Files.writeString(keep.resolve(playbook + ".jplay.txt"), OutputNormaliser.normaliseUnordered(jplay.stdout()));
        assertEquals(OutputNormaliser.normaliseUnordered(ansible.stdout()),
                OutputNormaliser.normaliseUnordered(jplay.stdout()));
        assertEquals(OutputNormaliser.normaliseUnordered(ansible.stderr()),
                OutputNormaliser.normaliseUnordered(jplay.stderr()));
        assertEquals(ansible.exitCode(), jplay.exitCode());
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(SshCompatibilityTest.class.getResource("/ssh-compat/" + name).toURI());
    }
}
