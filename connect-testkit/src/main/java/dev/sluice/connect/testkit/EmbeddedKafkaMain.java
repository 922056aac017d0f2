/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs one Kafka broker in the foreground for the quickstart, with its data kept in a directory across runs. The
 * storage is formatted only the first time; Ctrl-C stops the broker cleanly.
 *
 * <p>Arguments: {@code [--data-dir DIR] [--port PORT]}, by default {@code ./data/kafka} and 9092.
 */
public final class EmbeddedKafkaMain {

    static final Path DEFAULT_DATA_DIR = Path.of("data", "kafka");
    static final int DEFAULT_PORT = 9092;

    private EmbeddedKafkaMain() {
    }

    /** What the command line asked for. */
    record Options(Path dataDirectory, int port) {
    }

    public static void main(String[] args) throws InterruptedException {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            printUsage(System.err);
            System.exit(2);
            return;
        }
        if (options == null) {
            printUsage(System.out);
            return;
        }

        // This JVM usually has no SLF4J provider (exec:java, plain java); our own messages go to stdout instead.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        ClusterSpec spec = ClusterSpec.singleBroker()
                .withDataDirectory(options.dataDirectory())
                .withBrokerPort(options.port());
        System.out.println("Starting Kafka with data in " + spec.dataDirectory() + " ...");
        // The cluster's own shutdown hook stops the broker cleanly when Ctrl-C ends this JVM.
        KafkaCluster cluster = KafkaCluster.start(spec);
        System.out.println("Kafka is ready: bootstrap.servers=" + cluster.bootstrapServers());
        System.out.println("Broker log: " + cluster.broker(0).serverLog());
        System.out.println("Press Ctrl-C to stop.");
        new CountDownLatch(1).await();
    }

    /** The parsed options, or null if help was requested. */
    static Options parse(String[] args) {
        Path dataDirectory = DEFAULT_DATA_DIR;
        int port = DEFAULT_PORT;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--data-dir" -> dataDirectory = Path.of(valueOf(args, ++i, arg));
                case "--port" -> port = portOf(valueOf(args, ++i, arg));
                default -> throw new IllegalArgumentException("Unknown argument: " + arg);
            }
        }
        return new Options(dataDirectory.toAbsolutePath().normalize(), port);
    }

    private static String valueOf(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int portOf(String text) {
        int port;
        try {
            port = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, was " + text);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 1 and 65535, was " + port);
        }
        return port;
    }

    private static void printUsage(PrintStream out) {
        out.println("usage: EmbeddedKafkaMain [--data-dir DIR] [--port PORT]");
        out.println("  --data-dir DIR  where the broker keeps its data across runs (default ./data/kafka)");
        out.println("  --port PORT     client port on 127.0.0.1 (default 9092)");
    }
}
