/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import dev.sluice.connect.storage.OffsetKeyCodec;
import dev.sluice.connect.storage.SourceOffsetStore;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The distributed worker's {@link SourceOffsetStore}: a compacted offsets topic ({@code offset.storage.topic}, or a
 * connector's own {@code offsets.storage.topic}) read into memory by a {@link TopicJournal}. Keys and values are
 * the {@link OffsetKeyCodec} bytes, exactly the records Apache's worker writes; a {@code null} value resets.
 *
 * <p>Reads wait for a read-to-end barrier first, so they see every offset any worker had committed when the read
 * was made. Writes complete once the broker acknowledged every entry. Unlike the file store, a write that fails
 * part-way may leave some of its entries visible: each entry is its own record, as with Apache's worker, and
 * offsets are idempotent progress markers, so the next commit simply writes them again.
 */
public class KafkaOffsetStore implements SourceOffsetStore {

    private static final Logger log = LoggerFactory.getLogger(KafkaOffsetStore.class);

    private final Map<ByteBuffer, ByteBuffer> offsets = new ConcurrentHashMap<>();
    private final TopicJournal journal;

    /** A store over {@code topic} with clients built from the worker's settings. */
    public KafkaOffsetStore(String topic, InternalClientConfigs configs) {
        this(callback -> TopicJournal.create(topic, configs, "offsets", callback));
    }

    /** A store over whatever journal {@code journals} builds around the store's callback (tests, exactly-once). */
    public KafkaOffsetStore(Function<TopicJournal.RecordCallback, TopicJournal> journals) {
        this.journal = journals.apply(this::apply);
    }

    /** Reads the whole topic; returns once the offsets present now are in memory. */
    @Override
    public void start() {
        journal.start();
        log.info("Offset store on topic {} started with {} offsets", journal.topic(), offsets.size());
    }

    @Override
    public void stop() {
        journal.stop();
    }

    @Override
    public CompletableFuture<Map<ByteBuffer, ByteBuffer>> get(Collection<ByteBuffer> keys) {
        List<ByteBuffer> wanted = new ArrayList<>(keys);
        return journal.readToEnd().thenApply(ignored -> {
            Map<ByteBuffer, ByteBuffer> found = new LinkedHashMap<>();
            for (ByteBuffer key : wanted) {
                ByteBuffer value = offsets.get(key);
                if (value != null) {
                    found.put(key, value.asReadOnlyBuffer());
                }
            }
            return found;
        });
    }

    @Override
    public CompletableFuture<Void> set(Map<ByteBuffer, ByteBuffer> entries) {
        List<CompletableFuture<?>> appends = new ArrayList<>(entries.size());
        entries.forEach((key, value) -> appends.add(
                journal.append(bytes(key), value == null ? null : bytes(value))));
        return CompletableFuture.allOf(appends.toArray(CompletableFuture[]::new));
    }

    @Override
    public CompletableFuture<Map<ByteBuffer, ByteBuffer>> readAll() {
        return journal.readToEnd().thenApply(ignored -> {
            Map<ByteBuffer, ByteBuffer> all = new LinkedHashMap<>();
            offsets.forEach((key, value) -> all.put(key.asReadOnlyBuffer(), value.asReadOnlyBuffer()));
            return all;
        });
    }

    @Override
    public String kafkaTopic() {
        return journal.topic();
    }

    /** Called on the journal thread for every record of the topic. */
    private void apply(ConsumerRecord<byte[], byte[]> record) {
        if (record.key() == null) {
            log.warn("Ignoring a record without a key in offsets topic {} at partition {} offset {}",
                    record.topic(), record.partition(), record.offset());
            return;
        }
        ByteBuffer key = ByteBuffer.wrap(record.key());
        if (record.value() == null) {
            offsets.remove(key);
        } else {
            offsets.put(key, ByteBuffer.wrap(record.value()));
        }
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer view = buffer.duplicate();
        byte[] bytes = new byte[view.remaining()];
        view.get(bytes);
        return bytes;
    }
}
