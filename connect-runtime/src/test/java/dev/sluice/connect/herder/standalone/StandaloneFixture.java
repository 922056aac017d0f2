/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.standalone;

import static org.junit.jupiter.api.Assertions.fail;

import dev.sluice.connect.cli.StandaloneRuntime;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Starts a whole standalone worker against the shared broker, with fast offset flushes for the specs. */
final class StandaloneFixture {

    static final Duration DEADLINE = Duration.ofSeconds(30);

    private StandaloneFixture() {
    }

    static Map<String, String> workerProps(String bootstrapServers, Path offsetsFile) {
        Map<String, String> props = new HashMap<>();
        props.put("bootstrap.servers", bootstrapServers);
        props.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        props.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
        props.put("offset.storage.file.filename", offsetsFile.toString());
        props.put("offset.flush.interval.ms", "100");
        props.put("listeners", "http://127.0.0.1:0");
        props.put("plugin.discovery", "hybrid_warn");
        return props;
    }

    static StandaloneRuntime start(String bootstrapServers, Path offsetsFile) {
        return StandaloneRuntime.start(workerProps(bootstrapServers, offsetsFile));
    }

    static Map<String, String> ticking(String name, String topic, String... keyValues) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("name", name);
        config.put("connector.class", TickingConnectors.TickingSourceConnector.class.getName());
        config.put("topic", topic);
        config.put("tasks.max", "1");
        for (int i = 0; i < keyValues.length; i += 2) {
            config.put(keyValues[i], keyValues[i + 1]);
        }
        return config;
    }

    static <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Polls until the condition holds; fails the spec after {@link #DEADLINE}. */
    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Timed out waiting until " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(25));
        }
    }
}
