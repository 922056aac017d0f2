/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tails one compacted topic, every partition from the beginning, into a {@link RecordCallback}, and appends to it.
 * The config, offset and status stores are typed views over one journal each.
 *
 * <p>Threads: the callback runs on the journal's own thread, in offset order within each partition. Appends are
 * handed to the producer in call order by an appender thread, so {@link #append} never blocks its caller (the
 * producer itself may wait up to {@code max.block.ms} for metadata while a broker is away). Futures returned by
 * {@link #readToEnd()} and {@link #append} complete on a separate completer thread, so a continuation may block or
 * call back into the journal without stalling the tail, the appender or the producer's I/O thread.
 *
 * <p>Failures: the clients retry on their own; an error the journal thread sees (a broker restarting, a timeout)
 * is logged once and retried, never ending the thread. A failed append completes its future exceptionally.
 *
 * <p>The producer comes from a supplier so that exactly-once support can hand in a transactional one; a journal
 * built without a producer is read-only.
 */
public final class TopicJournal {

    private static final Logger log = LoggerFactory.getLogger(TopicJournal.class);

    /** How long {@link #start()} waits to have read the topic. */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration POLL_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration CLIENT_CALL_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration ERROR_BACKOFF = Duration.ofMillis(500);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    /** Receives every record of the topic; called on the journal thread. */
    @FunctionalInterface
    public interface RecordCallback {
        void onRecord(ConsumerRecord<byte[], byte[]> record);
    }

    private enum Phase { NEW, RUNNING, STOPPED }

    private final String topic;
    private final Supplier<Producer<byte[], byte[]>> producers;
    private final Supplier<Consumer<byte[], byte[]>> consumers;
    private final RecordCallback callback;
    private final ConcurrentLinkedQueue<CompletableFuture<Void>> readToEndRequests = new ConcurrentLinkedQueue<>();

    private volatile Phase phase = Phase.NEW;
    private Producer<byte[], byte[]> producer;
    private Consumer<byte[], byte[]> consumer;
    private List<TopicPartition> partitions;
    private ExecutorService completer;
    private ExecutorService appender;
    private Thread thread;

    /**
     * A journal with caller-supplied clients.
     *
     * @param producers supplies the producer at start, or {@code null} for a read-only journal
     * @param consumers supplies the consumer at start; it must not belong to a group
     */
    public TopicJournal(String topic, Supplier<Producer<byte[], byte[]>> producers,
                        Supplier<Consumer<byte[], byte[]>> consumers, RecordCallback callback) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.producers = producers;
        this.consumers = Objects.requireNonNull(consumers, "consumers");
        this.callback = Objects.requireNonNull(callback, "callback");
    }

    /** A journal whose clients are built from the worker's settings; {@code role} names them, e.g. "configs". */
    public static TopicJournal create(String topic, InternalClientConfigs configs, String role,
                                      RecordCallback callback) {
        Map<String, Object> producerProps = configs.producer(role);
        Map<String, Object> consumerProps = configs.consumer(role);
        return new TopicJournal(topic, () -> new KafkaProducer<>(producerProps),
                () -> new KafkaConsumer<>(consumerProps), callback);
    }

    public String topic() {
        return topic;
    }

    /** Starts and reads the topic to its end; see {@link #start(Duration)}. */
    public void start() {
        start(DEFAULT_START_TIMEOUT);
    }

    /**
     * Creates the clients, starts tailing the topic and returns once every record present now was delivered.
     *
     * @throws ConnectException when the topic does not exist or could not be read in time; the journal is then
     *                          stopped
     */
    public void start(Duration timeout) {
        synchronized (this) {
            if (phase != Phase.NEW) {
                throw new IllegalStateException("The journal of topic " + topic + " was already started");
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            consumer = consumers.get();
            try {
                partitions = partitionsOf(consumer, topic, deadline);
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                producer = producers == null ? null : producers.get();
            } catch (RuntimeException e) {
                consumer.close(Duration.ZERO);
                phase = Phase.STOPPED;
                throw e;
            }
            completer = Executors.newSingleThreadExecutor(daemon("sluice-journal-" + topic + "-completer"));
            appender = Executors.newSingleThreadExecutor(daemon("sluice-journal-" + topic + "-appender"));
            thread = daemon("sluice-journal-" + topic).newThread(this::tail);
            phase = Phase.RUNNING;
            thread.start();
        }
        try {
            readToEnd().get(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new ConnectException("Interrupted while reading topic " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            stop();
            throw new ConnectException("Could not read topic " + topic + " to its end within " + timeout, e);
        }
        log.info("Journal of topic {} started: read its {} partitions to the end", topic, partitions.size());
    }

    /**
     * A barrier: the future completes once every record up to the end offsets the journal takes now has been
     * passed to the callback. With {@code read_committed}, the end is the last stable offset.
     */
    public CompletableFuture<Void> readToEnd() {
        CompletableFuture<Void> request = new CompletableFuture<>();
        if (phase != Phase.RUNNING) {
            request.completeExceptionally(notRunning());
            return request;
        }
        readToEndRequests.add(request);
        if (phase != Phase.RUNNING && readToEndRequests.remove(request)) {
            request.completeExceptionally(notRunning());
        }
        consumer.wakeup();
        return request;
    }

    /**
     * Appends a record; the future completes when the broker acknowledged it (all in-sync replicas).
     *
     * @param value the value, or {@code null} for a tombstone
     */
    public CompletableFuture<RecordMetadata> append(byte[] key, byte[] value) {
        CompletableFuture<RecordMetadata> result = new CompletableFuture<>();
        Producer<byte[], byte[]> current = producer;
        if (phase != Phase.RUNNING || current == null) {
            result.completeExceptionally(current == null && phase == Phase.RUNNING
                    ? new IllegalStateException("The journal of topic " + topic + " is read-only") : notRunning());
            return result;
        }
        Runnable send = () -> {
            try {
                current.send(new ProducerRecord<>(topic, key, value), (metadata, error) -> completeLater(() -> {
                    if (error != null) {
                        result.completeExceptionally(error);
                    } else {
                        result.complete(metadata);
                    }
                }));
            } catch (RuntimeException e) {
                completeLater(() -> result.completeExceptionally(e));
            }
        };
        try {
            appender.execute(send);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(notRunning());
        }
        return result;
    }

    /** Blocks until every record appended so far has been acknowledged or has failed. */
    public void flush() {
        Producer<byte[], byte[]> current = producer;
        if (current == null || phase != Phase.RUNNING) {
            return;
        }
        try {
            // Appends reach the producer through the appender thread; wait for those queued before this call.
            CompletableFuture.runAsync(() -> { }, appender).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException | RejectedExecutionException e) {
            return;
        }
        current.flush();
    }

    /**
     * Stops tailing and closes the clients; appends already made are given time to complete. Barriers not yet
     * reached fail. Calling it again does nothing.
     */
    public void stop() {
        synchronized (this) {
            if (phase != Phase.RUNNING) {
                phase = Phase.STOPPED;
                return;
            }
            phase = Phase.STOPPED;
        }
        appender.shutdown();
        try {
            // Appends already accepted were promised to their callers: hand them to the producer before closing it.
            appender.awaitTermination(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (producer != null) {
            producer.close(CLOSE_TIMEOUT);
        }
        consumer.wakeup();
        try {
            thread.join(CLOSE_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        completer.shutdown();
        log.info("Journal of topic {} stopped", topic);
    }

    /** The journal thread: deliver records, measure and complete barriers, until stopped. */
    private void tail() {
        ReadToEndBarriers barriers = new ReadToEndBarriers(partitions);
        TransientErrors errors = new TransientErrors(topic);
        while (phase == Phase.RUNNING) {
            try {
                barriers.take(readToEndRequests);
                barriers.measure(consumer, CLIENT_CALL_TIMEOUT);
                barriers.completeReached(consumer, CLIENT_CALL_TIMEOUT, this::completeLater);
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL_TIMEOUT);
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    deliver(record);
                }
                barriers.completeReached(consumer, CLIENT_CALL_TIMEOUT, this::completeLater);
                errors.recovered();
            } catch (WakeupException e) {
                // readToEnd() or stop() wants attention; the loop handles both.
            } catch (RuntimeException e) {
                errors.record(e);
                if (phase == Phase.RUNNING) {
                    pause(ERROR_BACKOFF);
                }
            }
        }
        barriers.take(readToEndRequests);
        barriers.failAll(notRunning(), this::completeLater);
        try {
            consumer.close(CLOSE_TIMEOUT);
        } catch (RuntimeException e) {
            log.warn("Failed to close the consumer of topic {}", topic, e);
        }
    }

    /** The topic's partitions, waiting for metadata of a topic that was just created. */
    private static List<TopicPartition> partitionsOf(Consumer<?, ?> consumer, String topic, long deadline) {
        RuntimeException lastError = null;
        do {
            try {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, CLIENT_CALL_TIMEOUT);
                if (infos != null && !infos.isEmpty()) {
                    List<TopicPartition> result = new ArrayList<>();
                    infos.forEach(info -> result.add(new TopicPartition(topic, info.partition())));
                    result.sort(Comparator.comparingInt(TopicPartition::partition));
                    return result;
                }
            } catch (RuntimeException e) {
                lastError = e;
            }
            pause(ERROR_BACKOFF);
        } while (System.nanoTime() - deadline < 0);
        throw new ConnectException("Topic " + topic + " does not exist or its partitions could not be looked up",
                lastError);
    }

    private void deliver(ConsumerRecord<byte[], byte[]> record) {
        try {
            callback.onRecord(record);
        } catch (RuntimeException e) {
            // One bad record must not stop the journal; the callback owns its own consistency.
            log.error("The callback of the journal of topic {} failed on the record at {}-{}@{}", topic,
                    record.topic(), record.partition(), record.offset(), e);
        }
    }

    private void completeLater(Runnable completion) {
        try {
            completer.execute(completion);
        } catch (RejectedExecutionException e) {
            completion.run();
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ConnectException notRunning() {
        return new ConnectException("The journal of topic " + topic + " is not running");
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Logs a run of identical errors once, and the recovery after it. */
    private static final class TransientErrors {
        private final String topic;
        private String last;

        TransientErrors(String topic) {
            this.topic = topic;
        }

        void record(RuntimeException e) {
            String kind = e.getClass().getName() + ": " + e.getMessage();
            if (!kind.equals(last)) {
                log.warn("The journal of topic {} failed to read and will retry: {}", topic, kind);
                last = kind;
            }
        }

        void recovered() {
            if (last != null) {
                log.info("The journal of topic {} is reading again", topic);
                last = null;
            }
        }
    }
}
