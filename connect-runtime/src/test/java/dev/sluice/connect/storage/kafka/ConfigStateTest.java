/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.connect.domain.SessionKey;
import dev.sluice.connect.storage.kafka.ConfigRecord.ConnectorConfig;
import dev.sluice.connect.storage.kafka.ConfigRecord.SessionKeyRecord;
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
}
