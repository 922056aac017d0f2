/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user starts Sluice's distributed worker the way bin/connect-distributed.sh does, with nothing but a worker
 * properties file: it logs its start-up time, serves REST on {@code listeners}, runs a connector created over REST
 * under its advertised worker id, and after a restart on the same file it still runs it.
 */
@Tag("slow")
@WithSharedKafka
class SluiceDistributedWorkerTest {

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final String SOURCE = "source";

    @TempDir
    Path dir;

    @Test
    void sluiceWorkerStartsFromWorkerPropertiesAndKeepsItsConnectorAcrossARestart(KafkaTestClients kafka)
            throws IOException {
        Path input = dir.resolve("input.txt").toAbsolutePath();
        Files.writeString(input, "a line\n", StandardCharsets.UTF_8);
        try (DistributedCluster cluster = DistributedCluster.create("sluice-smoke", kafka.bootstrapServers(), dir)) {
            String topic = cluster.names().groupId() + "-" + SOURCE;
            kafka.createTopic(topic, 1, 1);
            DistributedWorkerProcess worker = cluster.start(WorkerRuntime.SLUICE, "w1");
            Duration ready = worker.awaitRestReady(STARTUP);
            assertTrue(Files.readString(worker.consoleLog()).contains("Sluice worker started in"),
                    worker::consoleTail);
            worker.rest().createConnector(SOURCE, Map.of(
                    "connector.class", "FileStreamSource",
                    "tasks.max", "1",
                    "file", input.toString(),
                    "topic", topic), STARTUP);
            ClusterStatus running = worker.rest().awaitAllRunning(List.of(SOURCE), STARTUP);
            assertEquals(Set.of(worker.workerId()), running.workerIds());

            int exitStatus = worker.stop();
            assertFalse(worker.isAlive(), "exit status " + exitStatus);
            worker.restart();
            Duration readyAgain = worker.awaitRestReady(STARTUP);
            worker.rest().awaitClusterStatus(SOURCE + " RUNNING again on " + worker.workerId(), STARTUP,
                    status -> status.allRunning(List.of(SOURCE))
                            && status.workerIds().equals(Set.of(worker.workerId())));
            System.out.printf("sluice distributed worker: REST ready after %d ms, %d ms after the restart "
                    + "(SIGTERM exit status %d)%n", ready.toMillis(), readyAgain.toMillis(), exitStatus);
        }
    }
}
