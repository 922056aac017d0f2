/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Short-lived Kafka clients for tests: create topics, produce strings, read back a number of records with a
 * deadline. Each call opens and closes its own client, so an instance holds no resources.
 */
public final class KafkaTestClients {

    /** How long one helper call may take before it fails. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** Backoff while a topic's partitions are not yet in the metadata. */
    private static final Duration METADATA_RETRY_BACKOFF = Duration.ofMillis(100);

    private final String bootstrapServers;

    public KafkaTestClients(String bootstrapServers) {
        this.bootstrapServers = Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** A mutable starting point for an Admin client of this cluster. */
    public Map<String, Object> adminConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return config;
    }

    /** A mutable starting point for a String producer that waits for all in-sync replicas. */
    public Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return config;
    }

    /**
     * A mutable starting point for a String consumer reading from the earliest offset; {@code groupId} may be
     * null for a consumer that assigns partitions itself.
     */
    public Map<String, Object> consumerConfig(String groupId) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Reading must never create the topic it reads as a side effect.
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        if (groupId == null) {
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        } else {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        return config;
    }

    /** Creates a topic and returns once the controller has accepted it. */
    public void createTopic(String topic, int partitions, int replicationFactor) {
        createTopic(topic, partitions, replicationFactor, Map.of());
    }

    /** Creates a topic with topic-level settings such as {@code cleanup.policy=compact}. */
    public void createTopic(String topic, int partitions, int replicationFactor, Map<String, String> topicConfig) {
        NewTopic newTopic = new NewTopic(topic, partitions, (short) replicationFactor).configs(topicConfig);
        try (Admin admin = Admin.create(adminConfig())) {
            await(admin.createTopics(List.of(newTopic)).all(), "creating topic " + topic);
        }
    }

    /** The names of all topics, internal ones excluded. */
    public Set<String> listTopics() {
        try (Admin admin = Admin.create(adminConfig())) {
            return await(admin.listTopics().names(), "listing topics");
        }
    }

    /** Sends each value with a null key, in order, and waits until all are acknowledged. */
    public List<RecordMetadata> produceValues(String topic, String... values) {
        List<ProducerRecord<String, String>> records = new ArrayList<>(values.length);
        for (String value : values) {
            records.add(new ProducerRecord<>(topic, value));
        }
        return produce(records);
    }

    /** Sends one keyed record and waits until it is acknowledged. */
    public RecordMetadata produce(String topic, String key, String value) {
        return produce(List.of(new ProducerRecord<>(topic, key, value))).get(0);
    }

    /** Sends the records in order and waits until all are acknowledged. */
    public List<RecordMetadata> produce(List<ProducerRecord<String, String>> records) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>(records.size());
            for (ProducerRecord<String, String> record : records) {
                sent.add(producer.send(record));
            }
            producer.flush();
            List<RecordMetadata> acknowledged = new ArrayList<>(sent.size());
            for (Future<RecordMetadata> future : sent) {
                acknowledged.add(await(future, "producing to " + records.get(acknowledged.size()).topic()));
            }
            return acknowledged;
        }
    }

    /** The values of the first {@code count} records of {@code topic}, waiting at most {@link #DEFAULT_TIMEOUT}. */
    public List<String> consumeValues(String topic, int count) {
        return consume(topic, count, DEFAULT_TIMEOUT).stream().map(ConsumerRecord::value).toList();
    }

    /**
     * Reads {@code topic} from the beginning of every partition until {@code count} records have arrived and
     * returns exactly that many. No consumer group is involved, so nothing is committed.
     *
     * @throws AssertionError if fewer records arrive within {@code timeout}; it lists those that did
     */
    public List<ConsumerRecord<String, String>> consume(String topic, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<ConsumerRecord<String, String>> received = new ArrayList<>(count);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(null))) {
            List<TopicPartition> partitions = partitionsOf(consumer, topic, deadline);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (received.size() < count && Instant.now().isBefore(deadline)) {
                consumer.poll(remainingUpTo(deadline, Duration.ofMillis(500))).forEach(received::add);
            }
        }
        if (received.size() < count) {
            throw new AssertionError("expected " + count + " records from topic " + topic + " within " + timeout
                    + " but got " + received.size() + ": "
                    + received.stream().map(r -> r.partition() + "@" + r.offset() + "=" + r.value()).toList());
        }
        return List.copyOf(received.subList(0, count));
    }

    private List<TopicPartition> partitionsOf(KafkaConsumer<String, String> consumer, String topic,
            Instant deadline) {
        while (true) {
            try {
                List<TopicPartition> partitions = consumer.partitionsFor(topic, remainingUpTo(deadline,
                                Duration.ofSeconds(5))).stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition()))
                        .toList();
                if (!partitions.isEmpty()) {
                    return partitions;
                }
            } catch (org.apache.kafka.common.errors.TimeoutException e) {
                // Retried below until the deadline.
            }
            if (!Instant.now().isBefore(deadline)) {
                throw new AssertionError("topic " + topic + " did not appear in the metadata of "
                        + bootstrapServers + " before the deadline");
            }
            LockSupport.parkNanos(METADATA_RETRY_BACKOFF.toNanos());
        }
    }

    private static Duration remainingUpTo(Instant deadline, Duration max) {
        Duration remaining = Duration.between(Instant.now(), deadline);
        if (remaining.isNegative()) {
            return Duration.ZERO;
        }
        return remaining.compareTo(max) < 0 ? remaining : max;
    }

    private static <T> T await(Future<T> future, String what) {
        try {
            return future.get(DEFAULT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new KafkaException(what + " failed", e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaException(what + " did not finish within " + DEFAULT_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException(what + " was interrupted", e);
        }
    }
}
