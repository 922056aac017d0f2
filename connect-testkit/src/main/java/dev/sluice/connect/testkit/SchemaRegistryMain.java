/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the test kit's schema registry in the foreground for the quickstart (Confluent's API, schemas kept in memory
 * only, so they are gone after a restart). Ctrl-C stops it.
 *
 * <p>Arguments: {@code [--port PORT] [--log-dir DIR]}, by default 8081 (the registry port Confluent users know) and
 * {@code ./data/registry}.
 */
public final class SchemaRegistryMain {

    private SchemaRegistryMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = 8081;
        Path logDirectory = Path.of("data", "registry");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value(args, ++i));
                case "--log-dir" -> logDirectory = Path.of(value(args, ++i));
                default -> {
                    System.err.println("Unknown argument: " + args[i]
                            + "\nusage: SchemaRegistryMain [--port PORT] [--log-dir DIR]");
                    System.exit(2);
                }
            }
        }
        System.out.println("Starting the schema registry on port " + port + " ...");
        SchemaRegistryProcess registry = SchemaRegistryProcess.start(port, logDirectory.toAbsolutePath());
        Runtime.getRuntime().addShutdownHook(new Thread(registry::close, "schema-registry-stop"));
        System.out.println("Schema registry is ready: schema.registry.url=" + registry.url());
        System.out.println("Registry log: " + registry.logFile());
        new CountDownLatch(1).await();
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            System.err.println(args[index - 1] + " needs a value");
            System.exit(2);
        }
        return args[index];
    }
}
