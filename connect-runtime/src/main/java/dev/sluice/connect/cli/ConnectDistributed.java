/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import dev.sluice.connect.herder.distributed.HttpInternalRequests;
import dev.sluice.connect.rest.JerseyWarmUp;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ConnectDistributed worker.properties}: runs a distributed worker that joins the cluster named by
 * {@code group.id} and keeps its state in the internal topics. Exits with status 1 on wrong arguments or when
 * start-up fails; SIGTERM leaves the group cleanly.
 */
public final class ConnectDistributed {

    static final String USAGE = "Usage: ConnectDistributed worker.properties";
    private static final Duration INTERNAL_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(ConnectDistributed.class);

    private ConnectDistributed() {
    }

    public static void main(String[] args) {
        if (args.length != 1 || !ConnectStandalone.argumentsValid(args)) {
            System.err.println(USAGE);
            System.exit(1);
            return;
        }
        long startNanos = System.nanoTime();
        JavaUtilLogging.routeToSlf4j();
        JerseyWarmUp.startInBackground();
        DistributedRuntime runtime;
        try {
            Map<String, String> workerProps = Utils.propsToStringMap(Utils.loadProps(args[0]));
            runtime = DistributedRuntime.start(workerProps,
                    config -> HttpInternalRequests.forWorker(config, INTERNAL_REQUEST_TIMEOUT));
        } catch (Exception e) {
            log.error("Failed to start the Sluice worker", e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(runtime::close, "sluice-shutdown"));
        log.info("Sluice worker started in {} ms", (System.nanoTime() - startNanos) / 1_000_000);
    }
}
