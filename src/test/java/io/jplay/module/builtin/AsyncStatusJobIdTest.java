package io.jplay.module.builtin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AsyncStatusJobIdTest {

    @Test
    void jobIdsAsAnsibleMakesThemAndOtherFileNamesAreAccepted() {
        assertTrue(AsyncStatusModule.isPlainJobId("j448126353215.21741"));
        assertTrue(AsyncStatusModule.isPlainJobId("my-job_1..2"));
    }

    @Test
    void anythingThatLeadsOutOfTheAsyncDirIsRefused() {
        for (String jid : new String[] {"", ".", "..", "../x", "a/b", "/etc/passwd", "a\nb", "a\u0000b"}) {
            assertFalse(AsyncStatusModule.isPlainJobId(jid), jid);
        }
    }
}
