/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.preview;

import dev.sluice.connect.config.SinkConnectorConfig;
import dev.sluice.connect.isolation.LoaderSwap;
import dev.sluice.connect.worker.sink.SinkRecordConverter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.health.ConnectorType;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Previews a sink connector: reads a sample of its topics from where its task would go on (the offsets committed
 * for its group {@code connect-<name>}, else {@code auto.offset.reset}) and runs each record through the converters
 * and transformations the task would, stopping short of {@code put()}. The consumer is assigned the partitions
 * without joining the group, commits nothing and creates no topic.
 */
final class SinkPreview {

    private final String name;
    private final Map<String, String> config;
    private final Map<String, Object> consumerSettings;
    private final ClassLoader loader;

    /** @param consumerSettings the settings the connector's task consumer would get */
    SinkPreview(String name, Map<String, String> config, Map<String, Object> consumerSettings, ClassLoader loader) {
        this.name = name;
        this.config = config;
        this.consumerSettings = consumerSettings;
        this.loader = loader;
    }

    RecordPreview run(SinkRecordConverter converter, CapturedFailures<ConsumerRecord<byte[], byte[]>> failures,
                      PreviewLimits limits) {
        List<ConsumerRecord<byte[], byte[]>> sample = new ArrayList<>();
        PreviewFailure failure = null;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(readOnly(limits))) {
            long deadline = System.nanoTime() + limits.timeout().toNanos();
            Set<TopicPartition> partitions = partitions(consumer, limits.timeout());
            consumer.assign(partitions);
            consumer.committed(partitions, limits.timeout()).forEach((partition, committed) -> {
                if (committed != null) {
                    consumer.seek(partition, committed.offset());
                }
            });
            while (!partitions.isEmpty() && sample.size() < limits.records() && System.nanoTime() < deadline) {
                Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
                consumer.poll(left).forEach(sample::add);
            }
        } catch (KafkaException e) {
            failure = PreviewFailure.of("KAFKA_CONSUME", KafkaConsumer.class, e);
        }
        List<PreviewedRecord> records = new ArrayList<>();
        try (LoaderSwap swap = new LoaderSwap(loader)) {
            for (ConsumerRecord<byte[], byte[]> record : sample.subList(0, Math.min(sample.size(), limits.records()))) {
                records.add(converted(record, converter, failures));
            }
        }
        return new RecordPreview(name, ConnectorType.SINK, records, failure);
    }

    private Map<String, Object> readOnly(PreviewLimits limits) {
        Map<String, Object> settings = new HashMap<>(consumerSettings);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "connector-preview-" + name);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, limits.records());
        return settings;
    }

    private Set<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, Duration timeout) {
        List<String> topics;
        if (SinkConnectorConfig.hasTopicsRegexConfig(config)) {
            Pattern pattern = Pattern.compile(config.get(SinkConnectorConfig.TOPICS_REGEX_CONFIG).trim());
            topics = consumer.listTopics(timeout).keySet().stream()
                    .filter(topic -> pattern.matcher(topic).matches()).sorted().toList();
        } else {
            topics = SinkConnectorConfig.parseTopicsList(config);
        }
        Set<TopicPartition> partitions = new LinkedHashSet<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
            for (PartitionInfo info : infos == null ? List.<PartitionInfo>of() : infos) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        return partitions;
    }

    private static PreviewedRecord converted(ConsumerRecord<byte[], byte[]> record, SinkRecordConverter converter,
                                             CapturedFailures<ConsumerRecord<byte[], byte[]>> failures) {
        CapturedFailures.Converted<SinkRecord> converted = failures.convert(() -> converter.convert(record));
        SinkRecord delivered = converted.result();
        if (delivered == null) {
            return new PreviewedRecord(converted.missingOutcome(), record.topic(), record.partition(),
                    record.offset(), record.timestamp(), null, null, List.of(), null, null, converted.failure());
        }
        List<PreviewedRecord.Header> headers = new ArrayList<>();
        for (Header header : delivered.headers()) {
            headers.add(new PreviewedRecord.Header(header.key(),
                    PreviewedData.connect(header.schema(), header.value())));
        }
        return new PreviewedRecord(PreviewedRecord.Outcome.CONVERTED, delivered.topic(), delivered.kafkaPartition(),
                delivered.kafkaOffset(), delivered.timestamp(),
                PreviewedData.connect(delivered.keySchema(), delivered.key()),
                PreviewedData.connect(delivered.valueSchema(), delivered.value()), headers, null, null, null);
    }
}
