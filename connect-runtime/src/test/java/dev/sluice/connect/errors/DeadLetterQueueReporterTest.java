/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.errors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dead letter queue against a real broker. Header names, order and encodings were observed on Apache Kafka
 * Connect 4.3.1's DeadLetterQueueReporter: the consumed record's own headers first, then the context headers as
 * UTF-8 strings, a null exception message as a null header value.
 */
@WithSharedKafka
class DeadLetterQueueReporterTest {

    private static final AtomicInteger TOPIC_IDS = new AtomicInteger();

    private KafkaTestClients kafka;
    private String dlqTopic;
    private final ErrorStats stats = new ErrorStats();

    @BeforeEach
    void setUp(KafkaTestClients kafka) {
        this.kafka = kafka;
        this.dlqTopic = "dlq-" + TOPIC_IDS.incrementAndGet() + "-" + System.nanoTime();
    }

    private ErrorHandlingSettings settings(boolean contextHeaders) {
        return ErrorHandlingSettings.from(Map.of(
                "errors.tolerance", "all",
                "errors.deadletterqueue.topic.name", dlqTopic,
                "errors.deadletterqueue.topic.replication.factor", "1",
                "errors.deadletterqueue.context.headers.enable", String.valueOf(contextHeaders)));
    }

    private RetryAndTolerance<ConsumerRecord<byte[], byte[]>> policyWithDeadLetterQueue(boolean contextHeaders) {
        ErrorHandlingSettings settings = settings(contextHeaders);
        DeadLetterQueueReporter dlq = DeadLetterQueueReporter.create(settings, "orders-sink", 3,
                kafka.adminConfig(), kafka.producerConfig(), stats);
        return new RetryAndTolerance<>(settings, stats, List.of(dlq));
    }

    private static ConsumerRecord<byte[], byte[]> consumed(String topic, int partition, long offset) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("trace-id", "t-1".getBytes(StandardCharsets.UTF_8));
        return new ConsumerRecord<>(topic, partition, offset, 1_700_000_000_000L, TimestampType.CREATE_TIME, 3, 5,
                "key".getBytes(StandardCharsets.UTF_8), "{not json".getBytes(StandardCharsets.UTF_8), headers,
                Optional.empty());
    }

    @Test
    void aFailedRecordLandsInTheAutoCreatedDeadLetterQueueWithExactlyTheContextHeaders() throws Exception {
        assertFalse(kafka.listTopics().contains(dlqTopic));
        ConsumerRecord<byte[], byte[]> original = consumed("orders", 2, 42L);

        try (RetryAndTolerance<ConsumerRecord<byte[], byte[]>> policy = policyWithDeadLetterQueue(true)) {
            ProcessingContext<ConsumerRecord<byte[], byte[]>> context = new ProcessingContext<>(original);
            Object result = policy.execute(context, Stage.VALUE_CONVERTER, String.class, () -> {
                throw new DataException("bad json", new IllegalStateException("inner"));
            });
            policy.flushReporters();
            assertNull(result);
            assertTrue(context.failed());
        }

        TopicDescription created = describe(dlqTopic);
        assertEquals(1, created.partitions().size());
        assertEquals(1, created.partitions().get(0).replicas().size());

        ConsumerRecord<byte[], byte[]> dead = readAll(dlqTopic, 1).get(0);
        assertArrayEquals(original.key(), dead.key());
        assertArrayEquals(original.value(), dead.value());
        assertEquals(original.timestamp(), dead.timestamp());
        Map<String, String> headers = headersOf(dead);
        String stackTrace = headers.remove("__connect.errors.exception.stacktrace");
        assertEquals(List.of(
                "trace-id=t-1",
                "__connect.errors.topic=orders",
                "__connect.errors.partition=2",
                "__connect.errors.offset=42",
                "__connect.errors.connector.name=orders-sink",
                "__connect.errors.task.id=3",
                "__connect.errors.stage=VALUE_CONVERTER",
                "__connect.errors.class.name=java.lang.String",
                "__connect.errors.exception.class.name=org.apache.kafka.connect.errors.DataException",
                "__connect.errors.exception.message=bad json"),
                headers.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        assertTrue(stackTrace.startsWith("org.apache.kafka.connect.errors.DataException: bad json\n\tat "), stackTrace);
        assertTrue(stackTrace.contains("Caused by: java.lang.IllegalStateException: inner"), stackTrace);
        assertEquals(11, dead.headers().toArray().length, "one consumed header plus ten context headers, none repeated");
        assertEquals(1, stats.deadLetterQueueProduceRequests());
        assertEquals(0, stats.deadLetterQueueProduceFailures());
        assertEquals(1, stats.recordsSkipped());
    }

    @Test
    void withoutContextHeadersOnlyTheConsumedHeadersAreKeptAndAnExistingTopicIsReused() throws Exception {
        kafka.createTopic(dlqTopic, 2, 1);

        try (RetryAndTolerance<ConsumerRecord<byte[], byte[]>> policy = policyWithDeadLetterQueue(false)) {
            policy.execute(new ProcessingContext<>(consumed("orders", 0, 7L)), Stage.TRANSFORMATION, String.class,
                    () -> {
                        throw new DataException("no field");
                    });
            policy.flushReporters();
        }

        assertEquals(2, describe(dlqTopic).partitions().size());
        ConsumerRecord<byte[], byte[]> dead = readAll(dlqTopic, 1).get(0);
        assertEquals(Map.of("trace-id", "t-1"), headersOf(dead));
    }

    @Test
    void errantRecordReportsCompleteOnceTheDeadLetterQueueHasTheOriginalBytes() throws Exception {
        ConsumerRecord<byte[], byte[]> original = consumed("payments", 1, 99L);
        SinkRecord converted = new SinkRecord("payments", 1, Schema.STRING_SCHEMA, "key", Schema.STRING_SCHEMA,
                "parsed", 99L);

        try (RetryAndTolerance<ConsumerRecord<byte[], byte[]>> policy = policyWithDeadLetterQueue(true)) {
            SinkErrantRecordReporter reporter = new SinkErrantRecordReporter(policy,
                    record -> record == converted ? original : null, SinkTask.class);

            reporter.report(converted, new IllegalArgumentException()).get(30, TimeUnit.SECONDS);
            reporter.awaitFutures(List.of(new TopicPartition("payments", 1)));
        }

        ConsumerRecord<byte[], byte[]> dead = readAll(dlqTopic, 1).get(0);
        assertArrayEquals(original.value(), dead.value());
        Map<String, String> headers = headersOf(dead);
        assertEquals("payments", headers.get("__connect.errors.topic"));
        assertEquals("99", headers.get("__connect.errors.offset"));
        assertEquals("TASK_PUT", headers.get("__connect.errors.stage"));
        assertEquals(SinkTask.class.getName(), headers.get("__connect.errors.class.name"));
        assertEquals(IllegalArgumentException.class.getName(), headers.get("__connect.errors.exception.class.name"));
        assertTrue(headers.containsKey("__connect.errors.exception.message"));
        assertNull(headers.get("__connect.errors.exception.message"), "a null message stays a null header value");
    }

    private TopicDescription describe(String topic) throws Exception {
        try (Admin admin = Admin.create(kafka.adminConfig())) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic);
        }
    }

    /** Header key to UTF-8 value, in record order; a key that repeats would show up as a lost entry. */
    private static Map<String, String> headersOf(ConsumerRecord<byte[], byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private List<ConsumerRecord<byte[], byte[]>> readAll(String topic, int expected) throws Exception {
        Map<String, Object> config = kafka.consumerConfig(null);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = describe(topic).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        assertEquals(expected, records.size(), "records in " + topic);
        return records;
    }
}
