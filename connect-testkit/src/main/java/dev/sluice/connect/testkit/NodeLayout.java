/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import java.nio.file.Path;

/**
 * Where one node lives: its id, its two ports and its directory. Fixed for the node's lifetime so that a restart
 * comes back on the same addresses with the same data.
 */
record NodeLayout(int nodeId, int brokerPort, int controllerPort, int saslPort, Path directory) {

    /** A node without a SASL listener. */
    NodeLayout(int nodeId, int brokerPort, int controllerPort, Path directory) {
        this(nodeId, brokerPort, controllerPort, 0, directory);
    }

    /** Loopback only: tests must never expose a broker beyond this machine. */
    static final String HOST = "127.0.0.1";

    String brokerAddress() {
        return HOST + ":" + brokerPort;
    }

    /** The SASL_PLAINTEXT listener's address, or null when the node has none. */
    String saslAddress() {
        return saslPort == 0 ? null : HOST + ":" + saslPort;
    }

    /** The entry this node contributes to controller.quorum.voters. */
    String voter() {
        return nodeId + "@" + HOST + ":" + controllerPort;
    }

    Path logDirectory() {
        return directory.resolve("logs");
    }

    Path serverProperties() {
        return directory.resolve("server.properties");
    }

    Path loggingConfig() {
        return directory.resolve("log4j2.properties");
    }

    /** The broker's own log, written by log4j2 in the child JVM. */
    Path serverLog() {
        return directory.resolve("server.log");
    }

    /** Everything the child JVM prints on stdout/stderr: warnings, JVM errors, stack traces of a failed start. */
    Path consoleLog() {
        return directory.resolve("console.log");
    }

    /** Written by the storage format; its presence means the directory already belongs to a cluster. */
    Path metaProperties() {
        return logDirectory().resolve("meta.properties");
    }
}
