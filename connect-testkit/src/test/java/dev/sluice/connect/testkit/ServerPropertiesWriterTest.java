/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerPropertiesWriterTest {

    @TempDir
    Path tmp;

    @Test
    void singleNodeIsItsOwnQuorumWithUnreplicatedInternalTopics() {
        NodeLayout node = new NodeLayout(0, 9092, 9093, tmp.resolve("broker-0"));

        Map<String, String> settings = ServerPropertiesWriter.settings(node, List.of(node), Map.of());

        assertEquals("broker,controller", settings.get("process.roles"));
        assertEquals("0", settings.get("node.id"));
        assertEquals("0@127.0.0.1:9093", settings.get("controller.quorum.voters"));
        assertEquals("PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093", settings.get("listeners"));
        assertEquals("PLAINTEXT://127.0.0.1:9092", settings.get("advertised.listeners"));
        assertEquals(node.logDirectory().toString(), settings.get("log.dirs"));
        assertEquals("1", settings.get("offsets.topic.replication.factor"));
        assertEquals("1", settings.get("transaction.state.log.replication.factor"));
        assertEquals("1", settings.get("transaction.state.log.min.isr"));
        assertEquals("0", settings.get("group.initial.rebalance.delay.ms"));
        assertEquals("4000", settings.get("broker.session.timeout.ms"));
    }

    @Test
    void everyNodeOfAThreeNodeClusterKnowsAllVotersAndReplicatesInternalTopicsThreeTimes() {
        List<NodeLayout> nodes = List.of(
                new NodeLayout(0, 10000, 10001, tmp.resolve("broker-0")),
                new NodeLayout(1, 10002, 10003, tmp.resolve("broker-1")),
                new NodeLayout(2, 10004, 10005, tmp.resolve("broker-2")));

        Map<String, String> second = ServerPropertiesWriter.settings(nodes.get(1), nodes, Map.of());

        assertEquals("1", second.get("node.id"));
        assertEquals("0@127.0.0.1:10001,1@127.0.0.1:10003,2@127.0.0.1:10005",
                second.get("controller.quorum.voters"));
        assertEquals("PLAINTEXT://127.0.0.1:10002,CONTROLLER://127.0.0.1:10003", second.get("listeners"));
        assertEquals("3", second.get("offsets.topic.replication.factor"));
        assertEquals("3", second.get("transaction.state.log.replication.factor"));
        assertEquals("2", second.get("transaction.state.log.min.isr"));
    }

    @Test
    void specPropertiesOverrideTheTestKitDefaults() {
        NodeLayout node = new NodeLayout(0, 9092, 9093, tmp.resolve("broker-0"));

        Map<String, String> settings = ServerPropertiesWriter.settings(node, List.of(node),
                Map.of("num.partitions", "6", "log.retention.ms", "1000"));

        assertEquals("6", settings.get("num.partitions"));
        assertEquals("1000", settings.get("log.retention.ms"));
    }

    @Test
    void writtenFileReadsBackAsTheSameSettings() throws Exception {
        NodeLayout node = new NodeLayout(0, 9092, 9093, tmp.resolve("dir with spaces\\and backslash"));
        Map<String, String> settings = ServerPropertiesWriter.settings(node, List.of(node), Map.of());

        ServerPropertiesWriter.write(node, settings);

        Properties readBack = new Properties();
        try (Reader in = Files.newBufferedReader(node.serverProperties())) {
            readBack.load(in);
        }
        Map<String, String> asMap = new HashMap<>();
        readBack.stringPropertyNames().forEach(name -> asMap.put(name, readBack.getProperty(name)));
        assertEquals(settings, asMap);
    }
}
