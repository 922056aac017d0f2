/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker.properties a cluster's workers start from: shared names, own REST port, settable group timing. */
class DistributedWorkerSetupTest {

    private static final ClusterNames CLUSTER = new ClusterNames("g", "g-configs", "g-offsets", "g-status");

    @TempDir
    Path dir;

    @Test
    void workersOfOneClusterShareGroupAndTopicsButNotTheirRestPort() throws IOException {
        DistributedWorkerSetup first = setup(WorkerRuntime.APACHE, "w1").write();
        DistributedWorkerSetup second = setup(WorkerRuntime.SLUICE, "w2").write();
        Properties one = load(first.workerProperties());
        Properties two = load(second.workerProperties());

        for (String key : new String[] {"group.id", "config.storage.topic", "offset.storage.topic",
                "status.storage.topic", "bootstrap.servers", "key.converter", "value.converter"}) {
            assertEquals(one.getProperty(key), two.getProperty(key), key);
        }
        assertEquals("g-status", one.getProperty("status.storage.topic"));
        assertEquals("1", one.getProperty("config.storage.replication.factor"));
        assertEquals("false", one.getProperty("value.converter.schemas.enable"));
        assertNotEquals(first.restPort(), second.restPort());
        assertEquals("http://127.0.0.1:" + first.restPort(), one.getProperty("listeners"));
        assertEquals("127.0.0.1:" + first.restPort(), first.workerId());
        assertTrue(Files.readString(first.logConfig()).contains("rootLogger"), "log4j2 for Apache's worker");
        assertTrue(Files.readString(second.logConfig()).contains("<configuration>"), "logback for Sluice's");
    }

    @Test
    void groupTimingAndAdvertisedAddressCanBeSet() throws IOException {
        DistributedWorkerSetup setup = setup(WorkerRuntime.APACHE, "w1")
                .sessionTimeout(Duration.ofSeconds(10))
                .heartbeatInterval(Duration.ofSeconds(1))
                .scheduledRebalanceMaxDelay(Duration.ofSeconds(3))
                .set("rest.advertised.port", "18093")
                .write();
        Properties props = load(setup.workerProperties());

        assertEquals("10000", props.getProperty("session.timeout.ms"));
        assertEquals("1000", props.getProperty("heartbeat.interval.ms"));
        assertEquals("3000", props.getProperty("scheduled.rebalance.max.delay.ms"));
        assertEquals("127.0.0.1:18093", setup.workerId(), "the worker id is the advertised address");
        assertEquals("http://127.0.0.1:" + setup.restPort(), setup.restUrl().toString());
    }

    @Test
    void listenersAreTheHarnesss() {
        assertThrows(IllegalArgumentException.class, () -> setup(WorkerRuntime.APACHE, "w1")
                .set("listeners", "http://127.0.0.1:1"));
    }

    private DistributedWorkerSetup.Builder setup(WorkerRuntime runtime, String name) {
        return DistributedWorkerSetup.of(runtime, CLUSTER, "127.0.0.1:9092", dir.resolve(name))
                .pluginDir(dir.resolve("plugins"));
    }

    private static Properties load(Path file) throws IOException {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            props.load(reader);
        }
        return props;
    }
}
