package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jplay.module.python.ControllerPython;
import io.jplay.testing.SshdServer;
import io.jplay.testing.TestUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Python modules over a real SSH connection: a {@code library/} module with its own
 * {@code module_utils}, sync and async, and ansible-core's {@code getent} and {@code replace},
 * with interpreter discovery. Skipped when no controller Python imports ansible.
 */
class PythonModulesOverSshTest {
    @RegisterExtension
    static final SshdServer SSHD = SshdServer.create();

    @Test
    void libraryAndCoreModulesRunOverSsh(@TempDir Path work) throws Exception {
        assumeTrue(new ControllerPython(null, List.of(Path.of("/usr/bin"), Path.of("/usr/local/bin"))).find()
                .isPresent(), "no controller Python imports ansible: Python modules cannot be tested");
        String user = TestUsers.nonRoot().orElse(SSHD.user());
        Files.writeString(work.resolve("hosts"), String.format("a ansible_host=127.0.0.1 ansible_port=%d "
                + "ansible_user=%s ansible_ssh_private_key_file=%s%n", SSHD.port(), user, SSHD.clientKey()));
        Files.createDirectories(work.resolve("library"));
        Files.createDirectories(work.resolve("module_utils"));
        Files.writeString(work.resolve("module_utils/shout.py"), "def shout(s):\n    return s.upper()\n");
        Files.writeString(work.resolve("library/hello.py"), """
                #!/usr/bin/python
                from ansible.module_utils.basic import AnsibleModule
                from ansible.module_utils.shout import shout

                def main():
                    m = AnsibleModule(argument_spec=dict(name=dict(type='str')), supports_check_mode=True)
                    m.exit_json(changed=True, msg=shout('hi ' + m.params['name']))

                if __name__ == '__main__':
                    main()
                """);
        Files.writeString(work.resolve("f.txt"), "foo\n");
        Files.writeString(work.resolve("p.yml"), """
                - hosts: all
                  gather_facts: false
                  tasks:
                    - hello: name=ssh
                      register: sync
                    - hello: name=async
                      async: 20
                      poll: 1
                      register: job
                    - getent: database=passwd key=root
                    - replace: path={{ playbook_dir }}/f.txt regexp=foo replace=bar
                      delegate_to: localhost
                    - assert:
                        that:
                          - sync.msg == 'HI SSH'
                          - job.msg == 'HI ASYNC'
                          - job.finished == 1
                          - getent_passwd.root[4] == '/root'
                          - ansible_facts.discovered_interpreter_python is match('/')
                """);
        JplayRun result = JplayRun.run(work, Map.of("ANSIBLE_HOST_KEY_CHECKING", "False"), "-i", "hosts", "p.yml");
        assertEquals(0, result.exitCode(), result.stdout() + result.stderr());
        assertTrue(result.stdout().contains("ok=5"), result.stdout());
        assertEquals("bar\n", Files.readString(work.resolve("f.txt")));
    }
}
