/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker;

import static dev.sluice.connect.worker.WorkerFixtures.connectorConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.config.ConfigProviders;
import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.worker.WorkerFixtures.Events;
import dev.sluice.connect.worker.WorkerFixtures.FailingSinkConnector;
import dev.sluice.connect.worker.WorkerFixtures.NoopSourceTask;
import dev.sluice.connect.worker.WorkerFixtures.RecordingSourceConnector;
import dev.sluice.connect.worker.WorkerFixtures.VaultProvider;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkerConnectorLifecycleTest {

    private final Events events = new Events();
    private final AtomicInteger reconfigurations = new AtomicInteger();
    private final Worker worker = WorkerFixtures.worker((id, c, t, s, l) -> {
        throw new UnsupportedOperationException("no tasks in these specs");
    }, ConfigProviders.of(Map.of("vault", new VaultProvider())));

    @AfterEach
    void stopWorker() {
        worker.stop();
    }

    private boolean start(String name, Class<?> type, TargetState initial, String... keyValues) {
        return worker.startConnector(name, connectorConfig(name, type, keyValues), events, initial,
                reconfigurations::incrementAndGet);
    }

    @Test
    void startedConnectorIsReportedRunningAndListed() {
        assertTrue(start("orders", RecordingSourceConnector.class, TargetState.STARTED));

        assertEquals(List.of("startup"), events.of("orders"));
        assertEquals(Set.of("orders"), worker.connectorNames());
        assertFalse(worker.isSinkConnector("orders"));
    }

    @Test
    void aConnectorsClassTypeVersionAndStatusAreInJmxWhileTheWorkerRunsIt() throws Exception {
        MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
        ObjectName group = new ObjectName("kafka.connect:type=connector-metrics,connector=orders");
        start("orders", RecordingSourceConnector.class, TargetState.STARTED);

        assertEquals(RecordingSourceConnector.class.getName(), jmx.getAttribute(group, "connector-class"));
        assertEquals("source", jmx.getAttribute(group, "connector-type"));
        assertEquals(new RecordingSourceConnector().version(), jmx.getAttribute(group, "connector-version"));
        assertEquals("running", jmx.getAttribute(group, "status"));
        worker.pauseConnector("orders");
        assertEquals("paused", jmx.getAttribute(group, "status"));

        worker.stopConnector("orders");
        assertFalse(jmx.isRegistered(group), "a stopped connector leaves no MBean behind");
    }

    @Test
    void connectorIsStartedWithItsPluginLoaderAsContextClassLoader() {
        start("loader", RecordingSourceConnector.class, TargetState.STARTED);

        assertSame(RecordingSourceConnector.class.getClassLoader(),
                RecordingSourceConnector.START_LOADERS.get("loader"));
    }

    @Test
    void connectorCanBeNamedBySimpleClassNameAlias() {
        Map<String, String> config = connectorConfig("aliased", RecordingSourceConnector.class);
        config.put("connector.class", "RecordingSourceConnector");

        assertTrue(worker.startConnector("aliased", config, events, TargetState.STARTED, () -> { }));
        assertEquals(List.of("startup"), events.of("aliased"));
    }

    @Test
    void pauseResumeAndStopAreReportedInOrder() {
        start("orders", RecordingSourceConnector.class, TargetState.STARTED);

        worker.pauseConnector("orders");
        worker.resumeConnector("orders");
        worker.setTargetState("orders", TargetState.STOPPED);
        worker.stopConnector("orders");

        assertEquals(List.of("startup", "pause", "resume", "stop", "shutdown"), events.of("orders"));
        assertTrue(worker.connectorNames().isEmpty());
    }

    @Test
    void connectorCreatedPausedIsReportedPausedWithoutStarting() {
        start("quiet", RecordingSourceConnector.class, TargetState.PAUSED);

        assertEquals(List.of("pause"), events.of("quiet"));
        assertFalse(RecordingSourceConnector.STARTED_WITH.containsKey("quiet"));
    }

    @Test
    void repeatedTargetStateIsReportedOnce() {
        start("orders", RecordingSourceConnector.class, TargetState.STARTED);

        worker.pauseConnector("orders");
        worker.pauseConnector("orders");

        assertEquals(List.of("startup", "pause"), events.of("orders"));
    }

    @Test
    void connectorWhoseStartThrowsIsFailedWithTheCauseAndOthersKeepRunning() {
        start("healthy", RecordingSourceConnector.class, TargetState.STARTED);

        assertFalse(start("broken", FailingSinkConnector.class, TargetState.STARTED));

        assertEquals(List.of("failure"), events.of("broken"));
        Throwable cause = events.failures.get("broken");
        assertInstanceOf(IllegalStateException.class, cause);
        assertEquals("cannot reach the database", cause.getMessage());
        assertEquals(List.of("startup"), events.of("healthy"));
        worker.pauseConnector("healthy");
        assertEquals(List.of("startup", "pause"), events.of("healthy"));
    }

    @Test
    void failedConnectorIgnoresLaterTransitionsAndIsNotReportedShutDown() {
        start("broken", FailingSinkConnector.class, TargetState.STARTED);

        worker.resumeConnector("broken");
        worker.stopConnector("broken");

        assertEquals(List.of("failure"), events.of("broken"));
    }

    @Test
    void unknownConnectorClassIsReportedAsFailure() {
        Map<String, String> config = connectorConfig("ghost", RecordingSourceConnector.class);
        config.put("connector.class", "com.example.NoSuchConnector");

        assertFalse(worker.startConnector("ghost", config, events, TargetState.STARTED, () -> { }));

        assertEquals(List.of("failure"), events.of("ghost"));
        assertInstanceOf(ConnectException.class, events.failures.get("ghost"));
        assertFalse(worker.connectorNames().contains("ghost"));
    }

    @Test
    void aConfigWithANullValueFailsThatConnectorInsteadOfThrowing() {
        // Such a config can only come from another tool writing the config topic; the herder thread must survive it.
        Map<String, String> config = connectorConfig("holey", RecordingSourceConnector.class);
        config.put("topic", null);

        assertFalse(worker.startConnector("holey", config, events, TargetState.STARTED, () -> { }));

        assertEquals(List.of("failure"), events.of("holey"));
        assertInstanceOf(NullPointerException.class, events.failures.get("holey"));
        assertFalse(worker.connectorNames().contains("holey"));
        assertTrue(start("orders", RecordingSourceConnector.class, TargetState.STARTED));
    }

    @Test
    void startingTheSameConnectorTwiceIsRejected() {
        start("orders", RecordingSourceConnector.class, TargetState.STARTED);

        assertThrows(ConnectException.class, () -> start("orders", RecordingSourceConnector.class,
                TargetState.STARTED));
    }

    @Test
    void everyTaskConfigNamesTheTaskClass() {
        start("orders", RecordingSourceConnector.class, TargetState.STARTED);

        List<Map<String, String>> configs = worker.connectorTaskConfigs("orders", 3);

        assertEquals(3, configs.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(Map.of("index", Integer.toString(i), "task.class", NoopSourceTask.class.getName()),
                    configs.get(i));
        }
    }

    @Test
    void moreTaskConfigsThanTasksMaxFailsTheConnectorWithApachesMessage() {
        start("greedy", RecordingSourceConnector.class, TargetState.STARTED, "generate", "3");

        ConnectException error = assertThrows(ConnectException.class,
                () -> worker.connectorTaskConfigs("greedy", 2));

        assertEquals("The connector greedy has generated 3 tasks, which is greater than 2, the maximum number of"
                + " tasks it is configured to create. This behaviour should be considered a bug and is disallowed."
                + " If necessary, it can be permitted by reconfiguring the connector with 'tasks.max.enforce' set"
                + " to false; however, this option will be removed in a future release of Kafka Connect.",
                error.getMessage());
        assertEquals(List.of("startup", "failure"), events.of("greedy"));
    }

    @Test
    void tasksMaxEnforceFalseLetsExtraTaskConfigsThrough() {
        start("lenient", RecordingSourceConnector.class, TargetState.STARTED, "generate", "3",
                "tasks.max.enforce", "false");

        assertEquals(3, worker.connectorTaskConfigs("lenient", 2).size());
    }

    @Test
    void configProviderPlaceholdersAreResolvedForTheConnectorButTheRawConfigIsUntouched() {
        Map<String, String> raw = connectorConfig("secretive", RecordingSourceConnector.class,
                "db.password", "${vault:secrets:password}");
        Map<String, String> copy = new HashMap<>(raw);

        worker.startConnector("secretive", raw, events, TargetState.STARTED, () -> { });

        assertEquals("s3cret", RecordingSourceConnector.STARTED_WITH.get("secretive").get("db.password"));
        assertEquals(copy, raw);
    }

    @Test
    void requestTaskReconfigurationReachesTheHerderCallback() {
        start("orders", RecordingSourceConnector.class, TargetState.STARTED);
        RecordingSourceConnector connector = (RecordingSourceConnector) connectorInstance("orders");

        connector.runtime().requestTaskReconfiguration();

        assertEquals(1, reconfigurations.get());
    }

    @Test
    void raiseErrorFailsTheConnector() {
        start("orders", RecordingSourceConnector.class, TargetState.STARTED);
        RecordingSourceConnector connector = (RecordingSourceConnector) connectorInstance("orders");

        connector.runtime().raiseError(new RuntimeException("lost the source"));

        assertEquals(List.of("startup", "failure"), events.of("orders"));
        assertEquals("lost the source", events.failures.get("orders").getMessage());
        assertNotNull(connector.runtime().pluginMetrics());
    }

    @Test
    void errorRaisedFromAnotherThreadWhileStoppingIsReportedWithoutDeadlock() {
        start("fragile", WorkerFixtures.RaiseOnStopConnector.class, TargetState.STARTED);

        worker.stopConnector("fragile");

        assertEquals(List.of("startup", "failure"), events.of("fragile"));
        assertEquals("lost while stopping", events.failures.get("fragile").getMessage());
    }

    @Test
    void stopShutsDownEveryConnector() {
        start("a", RecordingSourceConnector.class, TargetState.STARTED);
        start("b", RecordingSourceConnector.class, TargetState.PAUSED);

        worker.stop();

        assertEquals(List.of("startup", "shutdown"), events.of("a"));
        assertEquals(List.of("pause", "shutdown"), events.of("b"));
        assertTrue(worker.connectorNames().isEmpty());
    }

    private Object connectorInstance(String name) {
        return worker.connectorInstance(name);
    }
}
