/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.metrics.TaskErrorMetrics;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.json.JsonConverter;
import org.junit.jupiter.api.Test;

@WithSharedKafka
class SinkTaskRunnerDeadLetterQueueTest {

    @Test
    void aRecordWhoseValueCannotBeConvertedGoesToTheDeadLetterQueueAndTheOthersArePut(KafkaTestClients kafka) {
        try (SinkRunnerHarness harness = new SinkRunnerHarness(kafka, "dlq-convert", 1).withJsonValues()) {
            String dlq = withDeadLetterQueue(harness);
            kafka.produceValues(harness.topic, "{\"n\":1}", "not json", "{\"n\":3}");
            harness.start();

            harness.awaitRecords(2);
            SinkRunnerHarness.await("every record's offset was committed",
                    () -> Map.of(0, 3L).equals(harness.committedOffsets()));

            assertEquals(List.of(Map.of("n", 1L), Map.of("n", 3L)), harness.task.values());
            ConsumerRecord<String, String> failed = onlyRecordOf(kafka, dlq);
            assertEquals("not json", failed.value());
            assertEquals(harness.topic, header(failed, "__connect.errors.topic"));
            assertEquals("0", header(failed, "__connect.errors.partition"));
            assertEquals("1", header(failed, "__connect.errors.offset"));
            assertEquals(harness.connector, header(failed, "__connect.errors.connector.name"));
            assertEquals("0", header(failed, "__connect.errors.task.id"));
            assertEquals("VALUE_CONVERTER", header(failed, "__connect.errors.stage"));
            assertEquals(JsonConverter.class.getName(), header(failed, "__connect.errors.class.name"));
            assertEquals(DataException.class.getName(), header(failed, "__connect.errors.exception.class.name"));
            assertNotNull(header(failed, "__connect.errors.exception.stacktrace"));
            assertEquals(1.0, harness.number(TaskErrorMetrics.GROUP, "deadletterqueue-produce-requests"));
            assertEquals(0.0, harness.number(TaskErrorMetrics.GROUP, "deadletterqueue-produce-failures"));
            assertEquals(1.0, harness.number(TaskErrorMetrics.GROUP, "total-record-errors"));
            assertEquals(1.0, harness.number(TaskErrorMetrics.GROUP, "total-records-skipped"));
        }
    }

    @Test
    void aRecordTheTaskReportsThroughTheErrantRecordReporterGoesToTheDeadLetterQueue(KafkaTestClients kafka) {
        try (SinkRunnerHarness harness = new SinkRunnerHarness(kafka, "dlq-errant", 1)) {
            String dlq = withDeadLetterQueue(harness);
            harness.task.putHook = (task, records) -> records.forEach(record -> {
                if ("bad".equals(record.value())) {
                    task.context().errantRecordReporter().report(record, new IllegalArgumentException("bad record"));
                }
            });
            kafka.produceValues(harness.topic, "good", "bad", "fine");
            harness.start();

            harness.awaitRecords(3);
            SinkRunnerHarness.await("every record's offset was committed",
                    () -> Map.of(0, 3L).equals(harness.committedOffsets()));

            ConsumerRecord<String, String> failed = onlyRecordOf(kafka, dlq);
            assertEquals("bad", failed.value());
            assertEquals("1", header(failed, "__connect.errors.offset"));
            assertEquals("TASK_PUT", header(failed, "__connect.errors.stage"));
            assertEquals(CollectingSinkTask.class.getName(), header(failed, "__connect.errors.class.name"));
            assertEquals(IllegalArgumentException.class.getName(),
                    header(failed, "__connect.errors.exception.class.name"));
            assertEquals("bad record", header(failed, "__connect.errors.exception.message"));
        }
    }

    @Test
    void withoutToleranceARecordThatCannotBeConvertedFailsTheTaskNamingWhereItIs(KafkaTestClients kafka) {
        try (SinkRunnerHarness harness = new SinkRunnerHarness(kafka, "convert-fails", 1).withJsonValues()) {
            kafka.produceValues(harness.topic, "{\"n\":1}", "not json", "{\"n\":3}");
            harness.start();

            harness.awaitStatus("failed");

            String trace = stackTrace(harness.failure);
            assertTrue(trace.contains("Tolerance exceeded in error handler at the record of topic '" + harness.topic
                    + "', partition 0, offset 1 (stage VALUE_CONVERTER, class " + JsonConverter.class.getName() + ")"),
                    trace);
            assertTrue(trace.contains(DataException.class.getName()), trace);
        }
    }

    private static String stackTrace(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    private static String withDeadLetterQueue(SinkRunnerHarness harness) {
        String dlq = harness.topic + "-dlq";
        harness.connectorProps.put("errors.tolerance", "all");
        harness.connectorProps.put("errors.deadletterqueue.topic.name", dlq);
        harness.connectorProps.put("errors.deadletterqueue.topic.replication.factor", "1");
        harness.connectorProps.put("errors.deadletterqueue.context.headers.enable", "true");
        return dlq;
    }

    /** The single record of a one-partition topic, checking that there is exactly one. */
    private static ConsumerRecord<String, String> onlyRecordOf(KafkaTestClients kafka, String topic) {
        try (Admin admin = Admin.create(kafka.adminConfig())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            long end = admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition).get()
                    .offset();
            assertEquals(1L, end, "records in the dead letter queue");
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
        return kafka.consume(topic, 1, Duration.ofSeconds(30)).get(0);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
