/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What kind of Kafka cluster to start: how many combined broker/controller nodes, where their data lives, which
 * client port the first broker listens on, how long to wait for it, and extra broker settings.
 *
 * @param brokerCount number of nodes, each acting as broker and KRaft controller
 * @param dataDirectory where the nodes keep their data across runs; {@code null} for a temporary directory that
 *     is deleted on close
 * @param brokerPort client port of a single broker; 0 picks a free port
 * @param startupTimeout how long to wait for the cluster to serve metadata
 * @param brokerProperties settings added to (or overriding) every node's server.properties
 * @param saslUser       when not null, every node also listens for clients on a SASL_PLAINTEXT port that admits
 *                       only this user (mechanism PLAIN); brokers talk to each other in plain text either way
 */
public record ClusterSpec(
        int brokerCount,
        Path dataDirectory,
        int brokerPort,
        Duration startupTimeout,
        Map<String, String> brokerProperties,
        SaslPlainUser saslUser) {

    /** Generous enough for three child JVMs competing for two cores on a CI machine. */
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(90);

    public ClusterSpec {
        if (brokerCount < 1) {
            throw new IllegalArgumentException("brokerCount must be at least 1, was " + brokerCount);
        }
        if (brokerPort < 0 || brokerPort > 65535) {
            throw new IllegalArgumentException("brokerPort must be between 0 and 65535, was " + brokerPort);
        }
        if (brokerPort != 0 && brokerCount != 1) {
            throw new IllegalArgumentException("a fixed brokerPort is only supported for a single broker");
        }
        Objects.requireNonNull(startupTimeout, "startupTimeout");
        if (startupTimeout.isNegative() || startupTimeout.isZero()) {
            throw new IllegalArgumentException("startupTimeout must be positive, was " + startupTimeout);
        }
        dataDirectory = dataDirectory == null ? null : dataDirectory.toAbsolutePath().normalize();
        brokerProperties = Map.copyOf(Objects.requireNonNull(brokerProperties, "brokerProperties"));
    }

    /** A spec without a SASL listener. */
    public ClusterSpec(int brokerCount, Path dataDirectory, int brokerPort, Duration startupTimeout,
                       Map<String, String> brokerProperties) {
        this(brokerCount, dataDirectory, brokerPort, startupTimeout, brokerProperties, null);
    }

    /** One broker on a free port with temporary data. */
    public static ClusterSpec singleBroker() {
        return brokers(1);
    }

    /** {@code count} brokers on free ports with temporary data. */
    public static ClusterSpec brokers(int count) {
        return new ClusterSpec(count, null, 0, DEFAULT_STARTUP_TIMEOUT, Map.of());
    }

    /** Keeps the data in {@code directory}, formatting it only if it has never held a broker. */
    public ClusterSpec withDataDirectory(Path directory) {
        return new ClusterSpec(brokerCount, Objects.requireNonNull(directory, "directory"), brokerPort,
                startupTimeout, brokerProperties, saslUser);
    }

    /** Listens for clients on a fixed port instead of a free one (single broker only). */
    public ClusterSpec withBrokerPort(int port) {
        return new ClusterSpec(brokerCount, dataDirectory, port, startupTimeout, brokerProperties, saslUser);
    }

    public ClusterSpec withStartupTimeout(Duration timeout) {
        return new ClusterSpec(brokerCount, dataDirectory, brokerPort, timeout, brokerProperties, saslUser);
    }

    /** Adds one server.properties entry for every node; it wins over the test kit's own settings. */
    public ClusterSpec withBrokerProperty(String name, String value) {
        Map<String, String> merged = new LinkedHashMap<>(brokerProperties);
        merged.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new ClusterSpec(brokerCount, dataDirectory, brokerPort, startupTimeout, merged, saslUser);
    }

    /** Also listens for clients on a SASL_PLAINTEXT port that admits only {@code user}. */
    public ClusterSpec withSaslPlainListener(SaslPlainUser user) {
        return new ClusterSpec(brokerCount, dataDirectory, brokerPort, startupTimeout, brokerProperties,
                Objects.requireNonNull(user, "user"));
    }

    /** The persistent data directory, if the cluster has one. */
    public Optional<Path> persistentDataDirectory() {
        return Optional.ofNullable(dataDirectory);
    }
}
