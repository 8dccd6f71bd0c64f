package io.jplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jplay.async.ActiveJobs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterruptReportTest {

    private static String print(List<ActiveJobs.ActiveJob> jobs, List<String> inventories) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        InterruptReport.print(new PrintStream(buffer, true, StandardCharsets.UTF_8), jobs, inventories);
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void saysWhatAnsibleSaysWhenNothingIsRunning() {
        assertEquals(" [ERROR]: User interrupted execution\n", print(List.of(), List.of()));
    }

    @Test
    void namesEveryRunningJobWithTheCommandThatChecksIt() {
        String out = print(List.of(new ActiveJobs.ActiveJob("web1", "j1.2", "/home/u/.ansible_async/j1.2",
                "~/.ansible_async"), new ActiveJobs.ActiveJob("web2", "j3.4", "/tmp/a/j3.4", "/tmp/a")),
                List.of("hosts.ini"));
        assertEquals(" [ERROR]: User interrupted execution\n"
                + "[WARNING]: these async jobs are still running on their hosts; check them with:\n"
                + "  web1: j1.2    jplay web1 -i hosts.ini -m async_status -a jid=j1.2\n"
                + "  web2: j3.4    jplay web2 -i hosts.ini -m async_status -a jid=j3.4 -e ansible_async_dir=/tmp/a\n",
                out);
    }
}
