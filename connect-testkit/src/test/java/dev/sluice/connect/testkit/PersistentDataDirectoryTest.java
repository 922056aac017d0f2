/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class PersistentDataDirectoryTest {

    @Test
    void clusterStartedAgainFromTheSameDirectoryKeepsItsDataAndClusterId(@TempDir Path dataDir) {
        ClusterSpec spec = ClusterSpec.singleBroker().withDataDirectory(dataDir.resolve("kafka"));
        String clusterId;
        try (KafkaCluster first = KafkaCluster.start(spec)) {
            first.clients().createTopic("kept", 1, 1);
            first.clients().produceValues("kept", "one", "two");
            clusterId = storedClusterId(first);
        }
        Path metaProperties = dataDir.resolve("kafka").resolve("broker-0").resolve("logs").resolve("meta.properties");
        assertTrue(Files.isRegularFile(metaProperties), "closing must keep the data directory");

        try (KafkaCluster second = KafkaCluster.start(spec)) {
            assertEquals(clusterId, storedClusterId(second));
            assertEquals(List.of("one", "two"), second.clients().consumeValues("kept", 2));
        }
    }

    private static String storedClusterId(KafkaCluster cluster) {
        NodeLayout node = new NodeLayout(0, 0, 0, cluster.broker(0).directory());
        return ClusterDirectories.storedClusterId(node).orElseThrow();
    }
}
