/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user drops a FileStream connector jar into a plugin directory, starts the standalone worker with a source and a
 * sink connector, and gets the source file's lines back out of Kafka into the sink file, complete and in order.
 * Apache's released connect-file jar must work in Sluice exactly as Sluice's own does.
 */
@Tag("slow")
@WithSharedKafka
class FileConnectorsRoundTripTest {

    private static final int LINES = 10_000;
    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void apacheFileConnectorsMoveTenThousandLinesThroughKafka(KafkaTestClients kafka) throws IOException {
        moveLinesThroughKafka(kafka, "apache-file");
    }

    @Test
    void sluiceFileConnectorsMoveTenThousandLinesThroughKafka(KafkaTestClients kafka) throws IOException {
        moveLinesThroughKafka(kafka, "sluice-file");
    }

    private void moveLinesThroughKafka(KafkaTestClients kafka, String pluginDir) throws IOException {
        String id = pluginDir + "-" + UUID.randomUUID().toString().substring(0, 8);
        String topic = "e2e-roundtrip-" + id;
        kafka.createTopic(topic, 1, 1);
        List<String> lines = IntStream.rangeClosed(1, LINES).mapToObj(i -> "line " + i + " of " + id).toList();
        Path input = dir.resolve("input.txt");
        Path output = dir.resolve("output.txt");
        Files.write(input, lines, StandardCharsets.UTF_8);

        // Unique names: the sink's consumer group is connect-<name>, and a group left by an earlier worker would
        // hold up this one's first rebalance until the old member's session expires.
        String source = "e2e-source-" + id;
        String sink = "e2e-sink-" + id;
        WorkerSetup setup = WorkerSetup.create(dir, kafka.bootstrapServers(), WorkerSetup.pluginDir(pluginDir),
                Map.of());
        try (WorkerProcess worker = WorkerProcess.start(setup, "roundtrip",
                setup.sourceConnector(source, input, topic), setup.sinkConnector(sink, output, topic))) {
            long start = System.nanoTime();
            worker.awaitRunning(source, STARTUP);
            worker.awaitRunning(sink, STARTUP);
            long running = System.nanoTime();
            Eventually.await(LINES + " complete lines in " + output, DELIVERY,
                    () -> {
                        worker.assertAlive();
                        return completeLines(output) >= LINES;
                    },
                    () -> completeLines(output) + " lines so far\n" + worker.consoleTail());
            System.out.printf("%s: connectors running after %d ms, %d lines delivered %d ms later%n", pluginDir,
                    (running - start) / 1_000_000, LINES, (System.nanoTime() - running) / 1_000_000);
        }
        assertEquals(lines, Files.readAllLines(output, StandardCharsets.UTF_8));
    }

    /** Lines ended by a newline; a line the sink is still writing does not count yet. */
    private static long completeLines(Path file) {
        try {
            if (!Files.exists(file)) {
                return 0;
            }
            byte[] bytes = Files.readAllBytes(file);
            long count = 0;
            for (byte b : bytes) {
                if (b == '\n') {
                    count++;
                }
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
