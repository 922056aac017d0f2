/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import static dev.sluice.connect.storage.kafka.JournalRecorder.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.connect.testkit.KafkaCluster;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("slow")
class TopicJournalBrokerRestartTest {

    @Test
    void journalKeepsTailingAndAppendingAcrossABrokerRestart() throws Exception {
        try (KafkaCluster kafka = KafkaCluster.startSingleBroker()) {
            kafka.clients().createTopic("restart-configs", 1, 1, Map.of("cleanup.policy", "compact"));
            InternalClientConfigs configs = new InternalClientConfigs(
                    Map.of("bootstrap.servers", kafka.bootstrapServers()), "restart-test");
            JournalRecorder recorder = new JournalRecorder();
            TopicJournal journal = TopicJournal.create("restart-configs", configs, "configs", recorder);
            journal.start();
            try {
                journal.append(bytes("before"), bytes("1")).get(30, TimeUnit.SECONDS);

                kafka.broker(0).stop();
                CompletableFuture<RecordMetadata> appendedWhileDown = journal.append(bytes("during"), bytes("2"));
                CompletableFuture<Void> barrierWhileDown = journal.readToEnd();
                kafka.broker(0).start();

                appendedWhileDown.get(90, TimeUnit.SECONDS);
                barrierWhileDown.get(90, TimeUnit.SECONDS);
                journal.append(bytes("after"), bytes("3")).get(30, TimeUnit.SECONDS);
                journal.readToEnd().get(30, TimeUnit.SECONDS);

                assertEquals(List.of("before=1", "during=2", "after=3"), recorder.records());
            } finally {
                journal.stop();
            }
        }
    }
}
