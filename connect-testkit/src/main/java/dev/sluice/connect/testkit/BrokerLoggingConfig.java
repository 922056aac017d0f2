/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Writes the log4j2 configuration of a broker's child JVM: everything from INFO up goes to the node's server.log
 * (read back when a start fails), only warnings reach the console.
 */
final class BrokerLoggingConfig {

    private BrokerLoggingConfig() {
    }

    static String render(NodeLayout node) {
        // log4j2 reads backslashes in properties files as escapes.
        String logFile = node.serverLog().toString().replace("\\", "/");
        return String.join("\n",
                "# Written by the Sluice test kit for node " + node.nodeId(),
                "status = warn",
                "name = sluice-testkit-broker",
                "",
                "appender.file.type = File",
                "appender.file.name = file",
                "appender.file.fileName = " + logFile,
                "appender.file.append = true",
                "appender.file.layout.type = PatternLayout",
                "appender.file.layout.pattern = [%d] %p %m (%c)%n",
                "",
                "appender.console.type = Console",
                "appender.console.name = console",
                "appender.console.layout.type = PatternLayout",
                "appender.console.layout.pattern = [%d] %p %m (%c)%n",
                "appender.console.filter.threshold.type = ThresholdFilter",
                "appender.console.filter.threshold.level = warn",
                "",
                "rootLogger.level = info",
                "rootLogger.appenderRef.file.ref = file",
                "rootLogger.appenderRef.console.ref = console",
                "");
    }

    static void write(NodeLayout node) {
        try {
            Files.createDirectories(node.directory());
            Files.writeString(node.loggingConfig(), render(node), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + node.loggingConfig(), e);
        }
    }
}
