/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders the server.properties of one combined broker/controller node. */
final class ServerPropertiesWriter {

    private ServerPropertiesWriter() {
    }

    /** The settings for {@code node} in a cluster made of {@code allNodes}, overrides applied last. */
    static Map<String, String> settings(NodeLayout node, List<NodeLayout> allNodes, Map<String, String> overrides) {
        return settings(node, allNodes, overrides, null);
    }

    /** Like {@link #settings(NodeLayout, List, Map)}, with a SASL_PLAINTEXT listener for {@code saslUser}. */
    static Map<String, String> settings(NodeLayout node, List<NodeLayout> allNodes, Map<String, String> overrides,
                                        SaslPlainUser saslUser) {
        String replication = Integer.toString(Math.min(3, allNodes.size()));
        // With three nodes, one may be down while the internal topics must stay writable.
        String minInSync = allNodes.size() >= 3 ? "2" : "1";

        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", Integer.toString(node.nodeId()));
        // Static voters: every node knows the whole quorum up front, so formatting needs no quorum arguments.
        settings.put("controller.quorum.voters",
                allNodes.stream().map(NodeLayout::voter).collect(Collectors.joining(",")));
        settings.put("listeners", "PLAINTEXT://" + NodeLayout.HOST + ":" + node.brokerPort()
                + ",CONTROLLER://" + NodeLayout.HOST + ":" + node.controllerPort());
        settings.put("advertised.listeners", "PLAINTEXT://" + node.brokerAddress());
        settings.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        settings.put("controller.listener.names", "CONTROLLER");
        settings.put("inter.broker.listener.name", "PLAINTEXT");
        settings.put("log.dirs", node.logDirectory().toString());
        if (saslUser != null && node.saslAddress() != null) {
            // Clients may log in on a port of their own; the nodes and the test kit's probes keep plain text.
            settings.put("listeners", settings.get("listeners") + ",SASL_PLAINTEXT://" + node.saslAddress());
            settings.put("advertised.listeners", settings.get("advertised.listeners") + ",SASL_PLAINTEXT://"
                    + node.saslAddress());
            settings.put("listener.security.protocol.map", settings.get("listener.security.protocol.map")
                    + ",SASL_PLAINTEXT:SASL_PLAINTEXT");
            settings.put("sasl.enabled.mechanisms", "PLAIN");
            settings.put("listener.name.sasl_plaintext.plain.sasl.jaas.config", saslUser.listenerJaasConfig());
        }

        settings.put("num.partitions", "1");
        settings.put("default.replication.factor", "1");
        settings.put("offsets.topic.replication.factor", replication);
        // One partition makes the first consumer group join fast; tests never need more.
        settings.put("offsets.topic.num.partitions", "1");
        settings.put("transaction.state.log.replication.factor", replication);
        settings.put("transaction.state.log.min.isr", minInSync);
        settings.put("transaction.state.log.num.partitions", "1");
        settings.put("share.coordinator.state.topic.replication.factor", replication);
        settings.put("share.coordinator.state.topic.min.isr", minInSync);
        settings.put("group.initial.rebalance.delay.ms", "0");
        // A killed node can only register again once the controller has fenced its old session (9 s by default),
        // and the other nodes' partitions wait as long for a new leader; failure tests should not.
        settings.put("broker.session.timeout.ms", "4000");
        settings.put("broker.heartbeat.interval.ms", "500");

        // A test broker on a small machine: few threads, a small cleaner buffer to fit the child's heap.
        settings.put("num.network.threads", "2");
        settings.put("num.io.threads", "2");
        settings.put("num.recovery.threads.per.data.dir", "1");
        settings.put("background.threads", "4");
        settings.put("log.cleaner.threads", "1");
        settings.put("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));

        settings.putAll(overrides);
        return settings;
    }

    /** Writes the settings as a properties file, one {@code key=value} line each in a stable order. */
    static void write(NodeLayout node, Map<String, String> settings) {
        StringBuilder text = new StringBuilder("# Written by the Sluice test kit for node ")
                .append(node.nodeId()).append('\n');
        settings.forEach((key, value) -> text.append(escape(key)).append('=').append(escape(value)).append('\n'));
        try {
            Files.createDirectories(node.directory());
            Files.writeString(node.serverProperties(), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + node.serverProperties(), e);
        }
    }

    /** Backslashes (Windows paths) and line breaks would otherwise be read back differently. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}
