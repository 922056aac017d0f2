/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import dev.sluice.connect.testkit.process.BrokerProcessMain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the child JVM that runs one node, with its output going to the node's console log. */
final class BrokerProcessLauncher {

    /** Small heap, serial GC and the client compiler: a test broker should start fast, not run fast for hours. */
    static final List<String> JVM_OPTIONS = List.of(
            "-Xms64m",
            "-Xmx512m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-XX:-UsePerfData",
            "-XX:+ExitOnOutOfMemoryError",
            "-Djava.awt.headless=true");

    private BrokerProcessLauncher() {
    }

    /**
     * The command line for {@code node}; with a non-null {@code clusterIdToFormat} the child formats the node's
     * storage before starting the broker.
     */
    static List<String> command(NodeLayout node, String classpath, String clusterIdToFormat) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-Dlog4j2.configurationFile=" + node.loggingConfig().toUri());
        command.add("-cp");
        command.add(classpath);
        command.add(BrokerProcessMain.class.getName());
        if (clusterIdToFormat != null) {
            command.add("--format");
            command.add(clusterIdToFormat);
        }
        command.add(node.serverProperties().toString());
        return command;
    }

    /**
     * Starts the node. Its stdin stays a pipe owned by this JVM: {@link BrokerProcessMain} exits when that pipe
     * closes, which ties the broker's life to ours.
     */
    static Process launch(NodeLayout node, String classpath, String clusterIdToFormat) {
        ProcessBuilder builder = new ProcessBuilder(command(node, classpath, clusterIdToFormat))
                .directory(node.directory().toFile())
                .redirectErrorStream(true)
                // Never inherit: the test JVM's stdout may be the channel surefire talks to its fork through.
                .redirectOutput(ProcessBuilder.Redirect.appendTo(node.consoleLog().toFile()));
        try {
            Files.createDirectories(node.directory());
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the broker JVM for node " + node.nodeId(), e);
        }
    }
}
