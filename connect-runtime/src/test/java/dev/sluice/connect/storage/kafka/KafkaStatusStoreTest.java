/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.State;
import dev.sluice.connect.domain.TaskStatus;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

@WithSharedKafka
class KafkaStatusStoreTest {

    @Test
    void aStatusThisWorkerWroteNeverGoesBackToAnOlderOneWhileTheTopicCatchesUp(KafkaTestClients kafka) {
        String topic = "status-" + UUID.randomUUID().toString().substring(0, 8);
        kafka.createTopic(topic, 1, 1, Map.of("cleanup.policy", "compact"));
        InternalClientConfigs clients = new InternalClientConfigs(Map.of("bootstrap.servers",
                kafka.bootstrapServers()), "status-test");
        ConnectorTaskId id = new ConnectorTaskId("quick", 0);
        AtomicReference<KafkaStatusStore> store = new AtomicReference<>();
        // What the store answers right after it applied each record it read back.
        List<State> seenAfterEachReadBack = new CopyOnWriteArrayList<>();
        store.set(new KafkaStatusStore(topic, callback -> TopicJournal.create(topic, clients, "statuses", record -> {
            callback.onRecord(record);
            TaskStatus status = store.get().get(id);
            if (status != null) {
                seenAfterEachReadBack.add(status.state());
            }
        })));
        store.get().start();
        try {
            TaskStatus running = new TaskStatus(id, State.RUNNING, null, "localhost:8083", 1, "1.0");
            // A task that starts and fails at once: both statuses are written before either is read back.
            store.get().put(running);
            store.get().put(running.with(State.FAILED, "boom"));
            store.get().flush();
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (seenAfterEachReadBack.size() < 2 && System.nanoTime() < deadline) {
                LockSupport.parkNanos(10_000_000L);
            }

            assertEquals(List.of(State.FAILED, State.FAILED), seenAfterEachReadBack);
        } finally {
            store.get().stop();
        }
    }
}
