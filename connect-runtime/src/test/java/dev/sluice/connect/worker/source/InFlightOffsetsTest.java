/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.storage.ConnectorOffsetReader;
import dev.sluice.connect.storage.MemoryOffsetStore;
import dev.sluice.connect.storage.OffsetKeyCodec;
import dev.sluice.connect.storage.SourceOffsetWriter;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InFlightOffsetsTest {

    private static final Map<String, String> A = Map.of("file", "a");
    private static final Map<String, String> B = Map.of("file", "b");

    private final MemoryOffsetStore store = new MemoryOffsetStore();
    private final OffsetKeyCodec codec = new OffsetKeyCodec();
    private final SourceOffsetWriter writer = new SourceOffsetWriter(store, "conn", codec);
    private final InFlightOffsets inFlight = new InFlightOffsets(writer);

    @BeforeEach
    void startStore() {
        store.start();
    }

    @AfterEach
    void stopStore() {
        store.stop();
    }

    private static Map<String, Long> line(long n) {
        return Map.of("line", n);
    }

    /** Commits as the task does (hand over, flush), then reads back what the store holds for {@code partition}. */
    private Map<String, Object> committed(Map<String, String> partition) throws Exception {
        inFlight.handOverCommittable();
        if (writer.beginFlush()) {
            writer.doFlush().get();
        }
        try (ConnectorOffsetReader reader = new ConnectorOffsetReader(store, "conn", codec)) {
            return reader.offset(partition);
        }
    }

    @Test
    void laterAcknowledgementDoesNotMovePastAnEarlierUnacknowledgedRecord() throws Exception {
        InFlightOffsets.Submitted first = inFlight.submit(A, line(1));
        InFlightOffsets.Submitted second = inFlight.submit(A, line(2));
        InFlightOffsets.Submitted third = inFlight.submit(A, line(3));

        inFlight.done(third);
        assertNull(committed(A));
        inFlight.done(first);
        assertEquals(Map.of("line", 1L), committed(A));
        inFlight.done(second);
        assertEquals(Map.of("line", 3L), committed(A));
    }

    @Test
    void sourcePartitionsAdvanceIndependently() throws Exception {
        InFlightOffsets.Submitted a1 = inFlight.submit(A, line(1));
        InFlightOffsets.Submitted b1 = inFlight.submit(B, line(10));

        inFlight.done(b1);

        assertNull(committed(A));
        assertEquals(Map.of("line", 10L), committed(B));
        inFlight.done(a1);
        assertEquals(Map.of("line", 1L), committed(A));
    }

    @Test
    void recordsWithoutPartitionOrOffsetOnlyCountAsInFlight() throws Exception {
        InFlightOffsets.Submitted noOffset = inFlight.submit(A, null);
        InFlightOffsets.Submitted noPartition = inFlight.submit(null, line(4));
        assertEquals(2, inFlight.outstanding());

        inFlight.done(noOffset);
        inFlight.done(noPartition);

        assertEquals(0, inFlight.outstanding());
        assertNull(committed(A));
    }

    @Test
    void finishingARecordTwiceCountsOnce() {
        InFlightOffsets.Submitted once = inFlight.submit(A, line(1));
        inFlight.submit(A, line(2));

        inFlight.done(once);
        inFlight.done(once);

        assertEquals(1, inFlight.outstanding());
    }

    @Test
    void waitingForOutstandingRecordsEndsWhenTheLastIsDoneOrTimeRunsOut() throws Exception {
        InFlightOffsets.Submitted pending = inFlight.submit(A, line(1));
        assertFalse(inFlight.awaitAllDone(20));

        Thread acker = new Thread(() -> inFlight.done(pending));
        acker.start();
        assertTrue(inFlight.awaitAllDone(30_000));
        acker.join();
    }
}
