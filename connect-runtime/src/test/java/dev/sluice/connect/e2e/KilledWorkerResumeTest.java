/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A standalone worker that crashes (SIGKILL) in the middle of a file and is started again with the same offsets
 * file loses no line: it re-reads from the last committed position, so only the records sent after that commit
 * reach the topic twice, as one contiguous block.
 */
@Tag("slow")
@WithSharedKafka
class KilledWorkerResumeTest {

    private static final int LINES = 10_000;
    private static final int SENT_BEFORE_KILL = 2_000;
    private static final int SIGKILL_EXIT_STATUS = 128 + 9;
    private static final String CONNECTOR = "e2e-resume-source";

    @TempDir
    Path dir;

    @Test
    void killedWorkerResumesFromCommittedOffsetsWithoutLosingLines(KafkaTestClients kafka) throws IOException {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String topic = "e2e-resume-" + id;
        kafka.createTopic(topic, 1, 1);
        List<String> lines = IntStream.rangeClosed(1, LINES).mapToObj(i -> "line " + i + " of " + id).toList();
        Path input = dir.resolve("input.txt");
        Files.write(input, lines, StandardCharsets.UTF_8);
        // One record per produce request (one in flight) slows the source down enough to be killed mid-file.
        WorkerSetup setup = WorkerSetup.create(dir, kafka.bootstrapServers(), WorkerSetup.pluginDir("sluice-file"),
                Map.of("producer.batch.size", "0", "producer.linger.ms", "0"));
        Path connectorFile = setup.sourceConnector(CONNECTOR, input, topic);

        long sentBeforeKill;
        try (Admin admin = Admin.create(kafka.adminConfig());
             WorkerProcess first = WorkerProcess.start(setup, "first", connectorFile)) {
            first.awaitRunning(CONNECTOR, Duration.ofSeconds(60));
            Eventually.await(SENT_BEFORE_KILL + " records and a committed offset", Duration.ofSeconds(60),
                    () -> {
                        first.assertAlive();
                        return endOffset(admin, topic) >= SENT_BEFORE_KILL && offsetCommitted(setup.offsetsFile());
                    },
                    () -> endOffset(admin, topic) + " records so far\n" + first.consoleTail());
            long pid = first.pid();
            assertEquals(SIGKILL_EXIT_STATUS, first.kill(), "the worker must die of SIGKILL, not shut down");
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
            sentBeforeKill = endOffset(admin, topic);

            try (WorkerProcess second = WorkerProcess.start(setup, "second", connectorFile)) {
                second.awaitRunning(CONNECTOR, Duration.ofSeconds(60));
                // The topic can hold 10,000 records before the last line is sent (some repeat); the source's
                // committed position reaching the end of the file means every line has been acknowledged.
                long endOfFile = Files.size(input);
                Eventually.await("the offset of the end of the file (" + endOfFile + ") committed",
                        Duration.ofSeconds(60),
                        () -> {
                            second.assertAlive();
                            return committedPosition(setup.offsetsFile(), endOfFile);
                        },
                        () -> endOffset(admin, topic) + " records so far\n" + second.consoleTail());
            }
            long total = endOffset(admin, topic);
            List<String> topicValues = kafka.consume(topic, (int) total, Duration.ofSeconds(30)).stream()
                    .map(ConsumerRecord::value).toList();
            System.out.printf("%s: %d records before the kill, %d in total, %d repeated%n",
                    "killedWorkerResumesFromCommittedOffsetsWithoutLosingLines", sentBeforeKill, total,
                    total - LINES);
            assertResumedWithOneRepeatedBlock(lines, topicValues);
        }
    }

    /** The topic is the input with at most one block re-sent: {@code input[0, k) + input[k - d, n)}. */
    private static void assertResumedWithOneRepeatedBlock(List<String> input, List<String> topic) {
        Set<String> missing = new HashSet<>(input);
        topic.forEach(missing::remove);
        assertTrue(missing.isEmpty(), () -> missing.size() + " lines were lost, e.g. " + missing.iterator().next());
        int repeated = topic.size() - input.size();
        assertTrue(repeated >= 0 && repeated < input.size(), "repeated records: " + repeated);
        int firstDifference = 0;
        while (firstDifference < input.size() && topic.get(firstDifference).equals(input.get(firstDifference))) {
            firstDifference++;
        }
        if (repeated == 0) {
            assertEquals(input, topic);
            return;
        }
        assertTrue(firstDifference >= repeated, "the repeated block starts before the file does");
        assertEquals(input.subList(firstDifference - repeated, input.size()),
                topic.subList(firstDifference, topic.size()),
                "after the first " + firstDifference + " records the topic must continue with the "
                        + repeated + " records sent after the last commit, then the rest of the file");
    }

    private static boolean offsetCommitted(Path offsetsFile) {
        return offsetsText(offsetsFile).contains("\"position\":");
    }

    private static boolean committedPosition(Path offsetsFile, long position) {
        return offsetsText(offsetsFile).contains("\"position\":" + position + "}");
    }

    /** The source's offset value is {"position":<n>} as JSON; its bytes appear verbatim in the serialized file. */
    private static String offsetsText(Path offsetsFile) {
        try {
            return Files.exists(offsetsFile)
                    ? new String(Files.readAllBytes(offsetsFile), StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long endOffset(Admin admin, String topic) {
        TopicPartition partition = new TopicPartition(topic, 0);
        try {
            return admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition).get()
                    .offset();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
