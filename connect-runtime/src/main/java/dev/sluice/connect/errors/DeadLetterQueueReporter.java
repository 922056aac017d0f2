/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.errors;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends failed sink records, byte for byte as they were consumed, to the connector's dead letter queue topic. With
 * {@code errors.deadletterqueue.context.headers.enable=true} each record also carries UTF-8 string headers saying
 * where it came from and why it failed; the names are Apache Kafka Connect's, so existing DLQ tooling reads them.
 */
public final class DeadLetterQueueReporter implements ErrorReporter<ConsumerRecord<byte[], byte[]>> {

    public static final String HEADER_PREFIX = "__connect.errors.";
    public static final String ERROR_HEADER_ORIG_TOPIC = HEADER_PREFIX + "topic";
    public static final String ERROR_HEADER_ORIG_PARTITION = HEADER_PREFIX + "partition";
    public static final String ERROR_HEADER_ORIG_OFFSET = HEADER_PREFIX + "offset";
    public static final String ERROR_HEADER_CONNECTOR_NAME = HEADER_PREFIX + "connector.name";
    public static final String ERROR_HEADER_TASK_ID = HEADER_PREFIX + "task.id";
    public static final String ERROR_HEADER_STAGE = HEADER_PREFIX + "stage";
    public static final String ERROR_HEADER_EXECUTING_CLASS = HEADER_PREFIX + "class.name";
    public static final String ERROR_HEADER_EXCEPTION = HEADER_PREFIX + "exception.class.name";
    public static final String ERROR_HEADER_EXCEPTION_MESSAGE = HEADER_PREFIX + "exception.message";
    public static final String ERROR_HEADER_EXCEPTION_STACK_TRACE = HEADER_PREFIX + "exception.stacktrace";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterQueueReporter.class);
    private static final int DLQ_PARTITIONS = 1;

    private final Producer<byte[], byte[]> producer;
    private final ErrorHandlingSettings settings;
    private final String connectorName;
    private final int taskNumber;
    private final ErrorStats stats;

    DeadLetterQueueReporter(Producer<byte[], byte[]> producer, ErrorHandlingSettings settings,
                            String connectorName, int taskNumber, ErrorStats stats) {
        this.producer = producer;
        this.settings = settings;
        this.connectorName = connectorName;
        this.taskNumber = taskNumber;
        this.stats = stats;
    }

    /**
     * Creates the dead letter queue topic if it is missing (one partition, the configured replication factor) and a
     * producer for it.
     *
     * @param adminProps the worker's admin client settings for this connector
     * @param producerProps the worker's producer settings for this connector; serializers are always byte arrays
     * @throws ConnectException if the topic can neither be found nor created
     */
    public static DeadLetterQueueReporter create(ErrorHandlingSettings settings, String connectorName, int taskNumber,
                                                 Map<String, Object> adminProps, Map<String, Object> producerProps,
                                                 ErrorStats stats) {
        String topic = settings.deadLetterQueueTopic();
        if (topic.isEmpty()) {
            throw new ConnectException("No dead letter queue topic is configured for connector " + connectorName);
        }
        ensureTopic(topic, settings.deadLetterQueueReplicationFactor(), adminProps);
        Map<String, Object> props = new HashMap<>(producerProps);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        Producer<byte[], byte[]> producer = new KafkaProducer<>(props);
        return new DeadLetterQueueReporter(producer, settings, connectorName, taskNumber, stats);
    }

    private static void ensureTopic(String topic, short replicationFactor, Map<String, Object> adminProps) {
        try (Admin admin = Admin.create(adminProps)) {
            if (admin.listTopics().names().get().contains(topic)) {
                return;
            }
            log.error("Topic {} doesn't exist. Will attempt to create topic.", topic);
            NewTopic newTopic = new NewTopic(topic, Optional.of(DLQ_PARTITIONS),
                    replicationFactor == -1 ? Optional.empty() : Optional.of(replicationFactor));
            admin.createTopics(List.of(newTopic)).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new ConnectException("Could not initialize dead letter queue with topic=" + topic, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while creating dead letter queue topic " + topic, e);
        }
    }

    @Override
    public Future<?> report(ErrorContext<ConsumerRecord<byte[], byte[]>> context) {
        ConsumerRecord<byte[], byte[]> original = context.original();
        if (original == null) {
            return CompletableFuture.completedFuture(null);
        }
        stats.recordDeadLetterQueueProduceRequest();
        Long timestamp = original.timestamp() < 0 ? null : original.timestamp();
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(settings.deadLetterQueueTopic(), null, timestamp,
                original.key(), original.value(), new RecordHeaders(original.headers().toArray()));
        // A fresh header list, so the context headers never leak into the consumed record another reporter sees.
        if (settings.deadLetterQueueContextHeaders()) {
            addContextHeaders(record.headers(), context);
        }
        return producer.send(record, (metadata, exception) -> {
            if (exception != null) {
                stats.recordDeadLetterQueueProduceFailure();
                log.error("Could not produce message to dead letter queue. topic={}", settings.deadLetterQueueTopic(), exception);
            }
        });
    }

    void addContextHeaders(Headers headers, ErrorContext<ConsumerRecord<byte[], byte[]>> context) {
        ConsumerRecord<byte[], byte[]> original = context.original();
        headers.add(ERROR_HEADER_ORIG_TOPIC, utf8(original.topic()));
        headers.add(ERROR_HEADER_ORIG_PARTITION, utf8(String.valueOf(original.partition())));
        headers.add(ERROR_HEADER_ORIG_OFFSET, utf8(String.valueOf(original.offset())));
        headers.add(ERROR_HEADER_CONNECTOR_NAME, utf8(connectorName));
        headers.add(ERROR_HEADER_TASK_ID, utf8(String.valueOf(taskNumber)));
        headers.add(ERROR_HEADER_STAGE, utf8(context.stage() == null ? null : context.stage().name()));
        headers.add(ERROR_HEADER_EXECUTING_CLASS,
                utf8(context.executingClass() == null ? null : context.executingClass().getName()));
        Throwable error = context.error();
        if (error != null) {
            headers.add(ERROR_HEADER_EXCEPTION, utf8(error.getClass().getName()));
            headers.add(ERROR_HEADER_EXCEPTION_MESSAGE, utf8(error.getMessage()));
            headers.add(ERROR_HEADER_EXCEPTION_STACK_TRACE, utf8(stackTrace(error)));
        }
    }

    private static byte[] utf8(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static String stackTrace(Throwable error) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            error.printStackTrace(stream);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
