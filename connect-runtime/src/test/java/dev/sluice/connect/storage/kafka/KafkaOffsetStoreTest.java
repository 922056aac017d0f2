/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import static dev.sluice.connect.storage.kafka.JournalRecorder.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.connect.storage.ConnectorOffsetReader;
import dev.sluice.connect.storage.OffsetKeyCodec;
import dev.sluice.connect.storage.SourceOffsetAdmin;
import dev.sluice.connect.storage.SourceOffsetWriter;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WithSharedKafka
class KafkaOffsetStoreTest {

    private final OffsetKeyCodec codec = new OffsetKeyCodec();
    private final List<KafkaOffsetStore> stores = new ArrayList<>();
    private KafkaTestClients kafka;
    private InternalClientConfigs configs;
    private String topic;

    @BeforeEach
    void createTopic(KafkaTestClients kafka) {
        this.kafka = kafka;
        this.configs = new InternalClientConfigs(Map.of("bootstrap.servers", kafka.bootstrapServers()), "offsets-test");
        this.topic = "offsets-" + UUID.randomUUID().toString().substring(0, 8);
        kafka.createTopic(topic, 25, 1, Map.of("cleanup.policy", "compact"));
    }

    @AfterEach
    void stopStores() {
        stores.forEach(KafkaOffsetStore::stop);
    }

    private KafkaOffsetStore started() {
        KafkaOffsetStore store = new KafkaOffsetStore(topic, configs);
        stores.add(store);
        store.start();
        return store;
    }

    private static Map<String, Object> file(String name) {
        return Map.of("filename", name);
    }

    @Test
    void twoWorkersSeeEachOthersCommitsAfterTheBarrierInEveryRead() throws Exception {
        KafkaOffsetStore first = started();
        KafkaOffsetStore second = started();
        ByteBuffer key = codec.encodeKey("fs", file("/tmp/in.txt"));

        await(first.set(Map.of(key, codec.encodeValue("fs", Map.of("position", 8893L)))));

        Map<ByteBuffer, ByteBuffer> seen = await(second.get(List.of(key)));
        assertEquals(Map.of("position", 8893L), codec.decodeValue(seen.get(key)));

        Map<ByteBuffer, ByteBuffer> reset = new HashMap<>();
        reset.put(key, null);
        await(second.set(reset));
        assertEquals(Map.of(), await(first.get(List.of(key))), "a null value resets the partition");
        assertEquals(Map.of(), await(first.readAll()));
    }

    @Test
    void recordsAreApachesOffsetRecords() throws Exception {
        KafkaOffsetStore store = started();
        await(store.set(Map.of(codec.encodeKey("fs", file("/tmp/in.txt")),
                codec.encodeValue("fs", Map.of("position", 8893L)))));

        List<String> records = new ArrayList<>();
        TopicJournal.RecordCallback recorder = (ConsumerRecord<byte[], byte[]> record) -> records.add(
                new String(record.key(), StandardCharsets.UTF_8) + " " + new String(record.value(),
                        StandardCharsets.UTF_8));
        TopicJournal reader = TopicJournal.create(topic, configs, "check", recorder);
        try {
            reader.start();
        } finally {
            reader.stop();
        }
        assertEquals(List.of("[\"fs\",{\"filename\":\"/tmp/in.txt\"}] {\"position\":8893}"), records);
    }

    @Test
    void aRestartedStoreReloadsTheLatestOffsets() throws Exception {
        KafkaOffsetStore store = started();
        ByteBuffer a = codec.encodeKey("fs", file("a"));
        ByteBuffer b = codec.encodeKey("fs", file("b"));
        await(store.set(Map.of(a, codec.encodeValue("fs", Map.of("position", 1L)),
                b, codec.encodeValue("fs", Map.of("position", 1L)))));
        await(store.set(Map.of(a, codec.encodeValue("fs", Map.of("position", 2L)))));
        store.stop();

        Map<ByteBuffer, ByteBuffer> reloaded = await(started().readAll());

        assertEquals(Map.of("position", 2L), codec.decodeValue(reloaded.get(a)));
        assertEquals(Map.of("position", 1L), codec.decodeValue(reloaded.get(b)));
    }

    @Test
    void theOffsetsApiAndTaskReadersWorkOverIt() throws Exception {
        KafkaOffsetStore worker1 = started();
        KafkaOffsetStore worker2 = started();
        SourceOffsetAdmin admin = new SourceOffsetAdmin(worker2, codec);

        SourceOffsetWriter writer = new SourceOffsetWriter(worker1, "fs", codec);
        writer.offset(file("/tmp/in.txt"), Map.of("position", 790L));
        writer.offset(file("/tmp/other.txt"), Map.of("position", 5L));
        writer.beginFlush();
        await(writer.doFlush());
        SourceOffsetWriter otherConnector = new SourceOffsetWriter(worker1, "other", codec);
        otherConnector.offset(file("/tmp/in.txt"), Map.of("position", 1L));
        otherConnector.beginFlush();
        await(otherConnector.doFlush());

        assertEquals(Map.of(file("/tmp/in.txt"), Map.of("position", 790L),
                file("/tmp/other.txt"), Map.of("position", 5L)), await(admin.list("fs", Map.of())));

        Map<Map<String, Object>, Map<String, Object>> altered = new LinkedHashMap<>();
        altered.put(file("/tmp/in.txt"), Map.of("position", 6L));
        altered.put(file("/tmp/other.txt"), null);
        await(admin.alter("fs", Map.of(), altered));
        try (ConnectorOffsetReader reader = new ConnectorOffsetReader(worker1, "fs", codec)) {
            assertEquals(Map.of("position", 6L), reader.offset(file("/tmp/in.txt")));
            assertEquals(null, reader.offset(file("/tmp/other.txt")));
        }

        await(admin.reset("fs", Map.of()));
        assertEquals(Map.of(), await(admin.list("fs", Map.of())));
        assertEquals(Map.of(file("/tmp/in.txt"), Map.of("position", 1L)), await(admin.list("other", Map.of())),
                "resetting one connector leaves the others alone");
    }
}
