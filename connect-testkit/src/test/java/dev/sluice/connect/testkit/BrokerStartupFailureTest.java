/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BrokerStartupFailureTest {

    private static final Pattern SERVER_LOG_IN_MESSAGE =
            Pattern.compile("--- last lines of (\\S+)[/\\\\]broker-0[/\\\\]server\\.log ---");

    @Test
    void brokerThatExitsWhileStartingIsReportedWithTheTailOfItsLog() {
        ClusterSpec spec = ClusterSpec.singleBroker().withBrokerProperty("num.io.threads", "not-a-number");

        KafkaStartupException failure = assertThrows(KafkaStartupException.class, () -> KafkaCluster.start(spec));

        String message = failure.getMessage();
        assertTrue(message.contains("exited with code"), message);
        // The broker's own complaint about the bad setting comes from the log tail, not from the test kit.
        assertTrue(message.contains("num.io.threads"), message);
        assertTrue(message.contains("not-a-number"), message);
    }

    @Test
    void failedStartRemovesItsTemporaryDirectory() {
        ClusterSpec spec = ClusterSpec.singleBroker().withBrokerProperty("num.io.threads", "-1");

        KafkaStartupException failure = assertThrows(KafkaStartupException.class, () -> KafkaCluster.start(spec));

        Matcher matcher = SERVER_LOG_IN_MESSAGE.matcher(failure.getMessage());
        assertTrue(matcher.find(), failure.getMessage());
        Path clusterDirectory = Path.of(matcher.group(1));
        assertFalse(Files.exists(clusterDirectory), clusterDirectory + " still exists");
    }
}
