/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import dev.sluice.connect.rest.JerseyWarmUp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ConnectStandalone worker.properties [connector1.properties|connector1.json ...]}: runs a standalone worker
 * and creates the given connectors. Exits with status 1 on wrong arguments or when start-up fails.
 */
public final class ConnectStandalone {

    static final String USAGE = "Usage: ConnectStandalone worker.properties"
            + " [connector1.properties connector2.json ...]";

    private static final Logger log = LoggerFactory.getLogger(ConnectStandalone.class);
    private static final Duration CONNECTOR_FILE_TIMEOUT = Duration.ofSeconds(90);

    private ConnectStandalone() {
    }

    public static void main(String[] args) {
        if (!argumentsValid(args)) {
            System.err.println(USAGE);
            System.exit(1);
            return;
        }
        long startNanos = System.nanoTime();
        JavaUtilLogging.routeToSlf4j();
        JerseyWarmUp.startInBackground();
        StandaloneRuntime runtime;
        try {
            Map<String, String> workerProps = Utils.propsToStringMap(Utils.loadProps(args[0]));
            runtime = StandaloneRuntime.start(workerProps);
        } catch (Exception e) {
            log.error("Failed to start the Sluice worker", e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(runtime::close, "sluice-shutdown"));
        log.info("Sluice worker started in {} ms", (System.nanoTime() - startNanos) / 1_000_000);
        for (String file : Arrays.asList(args).subList(1, args.length)) {
            try {
                runtime.submit(Path.of(file), CONNECTOR_FILE_TIMEOUT);
            } catch (Exception e) {
                Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null
                        ? e.getCause() : e;
                log.error("Failed to create the connector in {}; stopping", file, cause);
                System.exit(1);
                return;
            }
        }
    }

    /** A worker file is required, and help flags are never mistaken for one. */
    static boolean argumentsValid(String[] args) {
        return args.length >= 1 && !args[0].equals("--help") && !args[0].equals("-h") && !args[0].isBlank();
    }
}
