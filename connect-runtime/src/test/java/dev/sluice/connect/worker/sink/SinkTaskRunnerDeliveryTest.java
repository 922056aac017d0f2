/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

@WithSharedKafka
class SinkTaskRunnerDeliveryTest {

    @Test
    void recordsProducedToTheTopicArriveConvertedByStringConverter(KafkaTestClients kafka) {
        try (SinkRunnerHarness harness = new SinkRunnerHarness(kafka, "string", 1)) {
            kafka.produceValues(harness.topic, "a", "b", "c");
            harness.start();

            harness.awaitRecords(3);

            assertEquals(List.of("a", "b", "c"), harness.task.values());
            SinkRecord first = harness.task.records.get(0);
            assertEquals(Schema.OPTIONAL_STRING_SCHEMA, first.valueSchema());
            assertEquals(harness.topic, first.topic());
            assertEquals(0, first.kafkaPartition());
            assertEquals(0L, first.kafkaOffset());
            assertEquals(TimestampType.CREATE_TIME, first.timestampType());
            assertEquals(harness.topic, first.originalTopic());
            assertEquals(0, first.originalKafkaPartition());
            assertEquals(0L, first.originalKafkaOffset());
            assertEquals(2L, harness.task.records.get(2).kafkaOffset());
        }
    }

    @Test
    void theTopicsTheTaskReadsFromAreReportedWithEachBatchForTheActiveTopicSet(KafkaTestClients kafka) {
        try (SinkRunnerHarness harness = new SinkRunnerHarness(kafka, "topics", 1)) {
            kafka.produceValues(harness.topic, "a");
            harness.start();
            harness.awaitRecords(1);
            assertEquals(List.of("0:" + harness.topic), harness.topicUses);

            // Reported again with the next batch, so that a reset of the active topics is undone by use.
            kafka.produceValues(harness.topic, "b");
            harness.awaitRecords(2);
            SinkRunnerHarness.await("a second report", () -> harness.topicUses.size() == 2);
        }
    }

    @Test
    void jsonValuesArriveAsConnectDataAndKeysAndHeadersAreConverted(KafkaTestClients kafka) {
        try (SinkRunnerHarness harness = new SinkRunnerHarness(kafka, "json", 1).withJsonValues()) {
            ProducerRecord<String, String> record =
                    new ProducerRecord<>(harness.topic, null, "key-1", "{\"id\":7,\"name\":\"seven\"}");
            record.headers().add("origin", "test".getBytes(StandardCharsets.UTF_8));
            kafka.produce(List.of(record));
            harness.start();

            harness.awaitRecords(1);

            SinkRecord received = harness.task.records.get(0);
            assertEquals(Map.of("id", 7L, "name", "seven"), received.value());
            assertNull(received.valueSchema());
            assertEquals("key-1", received.key());
            assertEquals("test", received.headers().lastWithName("origin").value());
        }
    }

    @Test
    void theTaskIsStartedWithItsConfigAndTheContextOffersThem(KafkaTestClients kafka) {
        try (SinkRunnerHarness harness = new SinkRunnerHarness(kafka, "configs", 1)) {
            harness.start();
            harness.awaitStatus("running");

            assertEquals(harness.topic, harness.task.startedWith.get("topics"));
            assertEquals(harness.task.startedWith, harness.task.context().configs());
            assertNull(harness.task.context().errantRecordReporter());
            assertNull(harness.task.context().pluginMetrics());
        }
    }

    @Test
    void assignedPartitionsAreOpenedAndClosedAgainWhenTheTaskStops(KafkaTestClients kafka) {
        SinkRunnerHarness harness = new SinkRunnerHarness(kafka, "open-close", 2);
        harness.start();
        String t = harness.topic;
        SinkRunnerHarness.await("partitions were opened",
                () -> harness.task.events.contains("open:[" + t + "-0, " + t + "-1]"));
        assertEquals(2, harness.task.context().assignment().size());

        harness.stopAndAwait();

        assertEquals(List.of("start", "open:[" + t + "-0, " + t + "-1]", "close:[" + t + "-0, " + t + "-1]", "stop"),
                harness.task.events);
        assertEquals(List.of("running", "shutdown"), harness.statuses);
    }

    @Test
    void topicsRegexSubscribesToEveryMatchingTopic(KafkaTestClients kafka) {
        try (SinkRunnerHarness harness = new SinkRunnerHarness(kafka, "regex", 1)) {
            harness.connectorProps.remove("topics");
            harness.connectorProps.put("topics.regex", Pattern.quote(harness.topic) + ".*");
            String second = harness.topic + "-second";
            kafka.createTopic(second, 1, 1);
            kafka.produceValues(harness.topic, "first");
            kafka.produceValues(second, "second");
            harness.start();

            harness.awaitRecords(2);

            assertTrue(harness.task.values().containsAll(List.of("first", "second")));
        }
    }
}
