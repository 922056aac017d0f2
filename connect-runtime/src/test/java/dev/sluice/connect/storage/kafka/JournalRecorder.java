/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A journal callback for tests: remembers every record as text and the compacted view (latest value per key). */
final class JournalRecorder implements TopicJournal.RecordCallback {

    private final List<String> records = new ArrayList<>();
    private final Map<String, String> latest = new LinkedHashMap<>();
    private final List<String> threads = new ArrayList<>();

    @Override
    public synchronized void onRecord(ConsumerRecord<byte[], byte[]> record) {
        String key = text(record.key());
        String value = text(record.value());
        records.add(key + "=" + value);
        threads.add(Thread.currentThread().getName());
        if (value == null) {
            latest.remove(key);
        } else {
            latest.put(key, value);
        }
    }

    /** Every record delivered so far, as {@code key=value}, in delivery order. */
    synchronized List<String> records() {
        return new ArrayList<>(records);
    }

    /** Latest value per key, tombstoned keys removed: what a compacted topic means. */
    synchronized Map<String, String> latest() {
        return new LinkedHashMap<>(latest);
    }

    synchronized List<String> threads() {
        return new ArrayList<>(threads);
    }

    static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** Waits for a journal future with the tests' deadline. */
    static <T> T await(java.util.concurrent.Future<T> future) throws Exception {
        return future.get(30, TimeUnit.SECONDS);
    }
}
