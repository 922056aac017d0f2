/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.sink;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.junit.jupiter.api.Test;

class SinkTaskTest {

    /** Implements only the abstract methods, so every default is exercised. */
    static class MinimalSinkTask extends SinkTask {
        @Override
        public String version() {
            return "1";
        }

        @Override
        public void start(Map<String, String> props) {
        }

        @Override
        public void put(Collection<SinkRecord> records) {
        }

        @Override
        public void stop() {
        }

        SinkTaskContext currentContext() {
            return context;
        }
    }

    static final class MinimalContext implements SinkTaskContext {
        @Override
        public Map<String, String> configs() {
            return Map.of();
        }

        @Override
        public void offset(Map<TopicPartition, Long> offsets) {
        }

        @Override
        public void offset(TopicPartition tp, long offset) {
        }

        @Override
        public void timeout(long timeoutMs) {
        }

        @Override
        public Set<TopicPartition> assignment() {
            return Set.of();
        }

        @Override
        public void pause(TopicPartition... partitions) {
        }

        @Override
        public void resume(TopicPartition... partitions) {
        }

        @Override
        public void requestCommit() {
        }

        @Override
        public PluginMetrics pluginMetrics() {
            return null;
        }
    }

    @Test
    void topicConfigKeysMatchApache() {
        assertEquals("topics", SinkTask.TOPICS_CONFIG);
        assertEquals("topics.regex", SinkTask.TOPICS_REGEX_CONFIG);
        assertEquals("topics", SinkConnector.TOPICS_CONFIG);
    }

    @Test
    void initializeStoresTheContext() {
        MinimalSinkTask task = new MinimalSinkTask();
        MinimalContext context = new MinimalContext();
        task.initialize(context);
        assertSame(context, task.currentContext());
    }

    @Test
    void preCommitFlushesAndDeclaresAllOffsetsSafe() {
        List<Map<TopicPartition, OffsetAndMetadata>> flushed = new ArrayList<>();
        SinkTask task = new MinimalSinkTask() {
            @Override
            public void flush(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
                flushed.add(currentOffsets);
            }
        };
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        offsets.put(new TopicPartition("t", 0), new OffsetAndMetadata(5));

        Map<TopicPartition, OffsetAndMetadata> safe = task.preCommit(offsets);

        assertSame(offsets, safe);
        assertEquals(1, flushed.size());
        assertSame(offsets, flushed.get(0));
    }

    @Test
    void defaultHooksDoNothing() {
        MinimalSinkTask task = new MinimalSinkTask();
        assertDoesNotThrow(() -> task.flush(null));
        assertDoesNotThrow(() -> task.open(List.of(new TopicPartition("t", 0))));
        assertDoesNotThrow(() -> task.close(null));
        assertNull(task.preCommit(null));
    }

    @Test
    void contextHasNoErrantRecordReporterUnlessTheRuntimeProvidesOne() {
        assertNull(new MinimalContext().errantRecordReporter());
    }
}
