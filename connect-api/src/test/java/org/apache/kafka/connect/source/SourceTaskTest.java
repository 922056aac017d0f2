/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.source.SourceTask.TransactionBoundary;
import org.apache.kafka.connect.storage.OffsetStorageReader;
import org.junit.jupiter.api.Test;

class SourceTaskTest {

    /** Implements only the abstract methods, so every default is exercised. */
    static class MinimalSourceTask extends SourceTask {
        @Override
        public String version() {
            return "1";
        }

        @Override
        public void start(Map<String, String> props) {
        }

        @Override
        public List<SourceRecord> poll() {
            return null;
        }

        @Override
        public void stop() {
        }

        SourceTaskContext currentContext() {
            return context;
        }
    }

    static final class MinimalContext implements SourceTaskContext {
        @Override
        public Map<String, String> configs() {
            return Map.of();
        }

        @Override
        public OffsetStorageReader offsetStorageReader() {
            return null;
        }

        @Override
        public PluginMetrics pluginMetrics() {
            return null;
        }
    }

    @Test
    void transactionBoundaryConfigKeyMatchesApache() {
        assertEquals("transaction.boundary", SourceTask.TRANSACTION_BOUNDARY_CONFIG);
    }

    @Test
    void initializeStoresTheContext() {
        MinimalSourceTask task = new MinimalSourceTask();
        MinimalContext context = new MinimalContext();
        task.initialize(context);
        assertSame(context, task.currentContext());
    }

    @Test
    void commitHooksDoNothingByDefault() {
        MinimalSourceTask task = new MinimalSourceTask();
        assertDoesNotThrow(task::commit);
        assertDoesNotThrow(() -> task.commitRecord(new SourceRecord(null, null, "t", null, null), null));
        assertDoesNotThrow(() -> task.commitRecord(null, null));
    }

    @Test
    void contextHasNoTransactionContextUnlessTheRuntimeProvidesOne() {
        assertNull(new MinimalContext().transactionContext());
    }

    @Test
    void boundariesAreDeclaredInApacheOrderAndPollIsTheDefault() {
        assertArrayEquals(new TransactionBoundary[] {TransactionBoundary.POLL, TransactionBoundary.INTERVAL,
            TransactionBoundary.CONNECTOR}, TransactionBoundary.values());
        assertSame(TransactionBoundary.POLL, TransactionBoundary.DEFAULT);
    }

    @Test
    void boundaryPrintsAsItsLowerCaseName() {
        assertEquals("poll", TransactionBoundary.POLL.toString());
        assertEquals("interval", TransactionBoundary.INTERVAL.toString());
        assertEquals("connector", TransactionBoundary.CONNECTOR.toString());
        assertEquals("INTERVAL", TransactionBoundary.INTERVAL.name());
    }

    @Test
    void fromPropertyIgnoresCaseAndSurroundingWhitespace() {
        assertSame(TransactionBoundary.INTERVAL, TransactionBoundary.fromProperty("interval"));
        assertSame(TransactionBoundary.CONNECTOR, TransactionBoundary.fromProperty("CONNECTOR"));
        assertSame(TransactionBoundary.POLL, TransactionBoundary.fromProperty(" Poll "));
    }

    @Test
    void fromPropertyRoundTripsToString() {
        for (TransactionBoundary boundary : TransactionBoundary.values()) {
            assertSame(boundary, TransactionBoundary.fromProperty(boundary.toString()));
        }
    }

    @Test
    void fromPropertyRejectsUnknownValuesLikeValueOf() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> TransactionBoundary.fromProperty("bogus"));
        assertEquals("No enum constant org.apache.kafka.connect.source.SourceTask.TransactionBoundary.BOGUS",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TransactionBoundary.fromProperty(""));
    }

    @Test
    void fromPropertyRejectsNull() {
        NullPointerException e = assertThrows(NullPointerException.class,
            () -> TransactionBoundary.fromProperty(null));
        assertEquals("Value for transaction boundary property may not be null", e.getMessage());
    }

    @Test
    void valueOfStillRequiresTheConstantName() {
        assertSame(TransactionBoundary.POLL, TransactionBoundary.valueOf("POLL"));
        assertThrows(IllegalArgumentException.class, () -> TransactionBoundary.valueOf("poll"));
    }
}
