/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.SessionKey;
import dev.sluice.connect.storage.kafka.ConfigRecord.ConnectorConfig;
import dev.sluice.connect.storage.kafka.ConfigRecord.SessionKeyRecord;
import dev.sluice.connect.storage.kafka.ConfigRecord.TaskCommit;
import dev.sluice.connect.storage.kafka.ConfigRecord.TaskConfig;
import dev.sluice.connect.storage.kafka.ConfigRecord.TaskCountRecord;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** How the config topic folds into a snapshot, as far as Apache's workers see the same numbers. */
class ConfigStateTest {

    private final ConfigState state = new ConfigState();

    @Test
    void anUnreadTopicIsAtOffsetMinusOne() {
        assertEquals(-1, state.snapshot().offset());
    }

    @Test
    void theOffsetIsThePositionAfterTheLastRecordReadAsApacheWorkersReportIt() {
        // Apache's leader, having read only the session key at offset 0, assigns with config offset 1.
        state.apply(new SessionKeyRecord(new SessionKey(new SecretKeySpec(new byte[32], "HmacSHA256"), 1L)), 0);
        assertEquals(1, state.snapshot().offset());

        state.apply(new ConnectorConfig("fs", Map.of("connector.class", "FileStreamSource")), 1);
        assertEquals(2, state.snapshot().offset());
    }

    @Test
    void aSkippedRecordMovesTheOffsetLikeAnyOther() {
        state.skip(4);
        assertEquals(5, state.snapshot().offset());
    }

    @Test
    void committedTaskConfigsWaitForFencingUntilATaskCountRecordFollowsThem() {
        state.apply(new ConnectorConfig("src", Map.of("connector.class", "FileStreamSource")), 0);
        commitTasks(2, 1);
        assertTrue(state.snapshot().pendingFencing("src"), "the first generation waits too");
        assertEquals(0, state.snapshot().fencedTaskCount("src"));

        state.apply(new TaskCountRecord("src", 2), 4);
        assertFalse(state.snapshot().pendingFencing("src"));
        assertEquals(2, state.snapshot().fencedTaskCount("src"));

        commitTasks(1, 5);
        assertTrue(state.snapshot().pendingFencing("src"), "a new generation waits for its predecessors' fencing");
        assertEquals(2, state.snapshot().fencedTaskCount("src"), "both tasks of the last generation may still run");
    }

    @Test
    void aDeletedConnectorKeepsItsFencingCountSoThatItsOldTasksAreFencedIfItComesBack() {
        state.apply(new ConnectorConfig("src", Map.of("connector.class", "FileStreamSource")), 0);
        commitTasks(3, 1);
        state.apply(new TaskCountRecord("src", 3), 5);
        state.apply(new ConnectorConfig("src", null), 6);

        assertFalse(state.snapshot().pendingFencing("src"));
        assertEquals(3, state.snapshot().fencedTaskCount("src"));
    }

    /** Writes {@code count} task configs and their commit from {@code offset} on. */
    private void commitTasks(int count, long offset) {
        for (int task = 0; task < count; task++) {
            state.apply(new TaskConfig(new ConnectorTaskId("src", task), Map.of("task.class", "T")), offset + task);
        }
        state.apply(new TaskCommit("src", count), offset + count);
    }
}
