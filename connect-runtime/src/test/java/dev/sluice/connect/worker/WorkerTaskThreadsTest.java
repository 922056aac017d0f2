/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker;

import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.domain.ConnectorTaskId;
import static dev.sluice.connect.worker.WorkerFixtures.connectorConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.config.ConfigProviders;
import dev.sluice.connect.metrics.ConnectorTaskMetrics;
import dev.sluice.connect.metrics.TaskDescription;
import dev.sluice.connect.metrics.WorkerMetrics;
import dev.sluice.connect.worker.WorkerFixtures.Events;
import dev.sluice.connect.worker.WorkerFixtures.RecordingSourceConnector;
import dev.sluice.connect.worker.WorkerFixtures.VaultProvider;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.KafkaMetric;
import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkerTaskThreadsTest {

    private static final long WAIT_SECONDS = 10;

    private final Events events = new Events();
    private final Map<ConnectorTaskId, FakeTask> created = new ConcurrentHashMap<>();
    private final CountDownLatch releaseStubborn = new CountDownLatch(1);
    private final Worker worker = WorkerFixtures.worker(this::create,
            ConfigProviders.of(Map.of("vault", new VaultProvider())), "task.shutdown.graceful.timeout.ms", "300");

    /** A task that runs until stopped; one with "stubborn" in its config ignores stop requests. */
    private final class FakeTask extends WorkerTask {
        final Map<String, String> taskConfig;
        final CountDownLatch started = new CountDownLatch(1);
        volatile String threadName;

        FakeTask(ConnectorTaskId id, Map<String, String> taskConfig, TargetState initial,
                 TaskStatusListener listener) {
            super(id, listener, initial, FakeTask.class.getClassLoader());
            this.taskConfig = taskConfig;
            keepUntilRemoved(new ConnectorTaskMetrics(worker.metrics().registry(), id, stateClock(),
                    new TaskDescription(RecordingSourceConnector.class.getName(), "source", "1.0",
                            FakeTask.class.getName(), "1.0", "k", "1", "v", "1", "h", "1")));
        }

        @Override
        protected void initializeAndStart() {
            threadName = Thread.currentThread().getName();
            if (taskConfig.containsKey("explode")) {
                throw new IllegalStateException("bad task config");
            }
        }

        @Override
        protected void execute() throws Exception {
            started.countDown();
            if (taskConfig.containsKey("stubborn")) {
                releaseStubborn.await();
                return;
            }
            while (awaitUnpause()) {
                synchronized (this) {
                    wait(50);
                }
            }
        }

        @Override
        protected void close() {
        }
    }

    private WorkerTask create(ConnectorTaskId id, Map<String, String> connConfig, Map<String, String> taskConfig,
                              TargetState initial, TaskStatusListener listener) {
        if (taskConfig.containsKey("unbuildable")) {
            throw new IllegalArgumentException("cannot build");
        }
        FakeTask task = new FakeTask(id, taskConfig, initial, listener);
        created.put(id, task);
        return task;
    }

    @AfterEach
    void stopWorker() {
        releaseStubborn.countDown();
        worker.stop();
    }

    private FakeTask startTask(String connector, int index, String... keyValues) throws InterruptedException {
        ConnectorTaskId id = new ConnectorTaskId(connector, index);
        Map<String, String> taskConfig = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            taskConfig.put(keyValues[i], keyValues[i + 1]);
        }
        assertTrue(worker.startTask(id, connectorConfig(connector, RecordingSourceConnector.class), taskConfig,
                events, TargetState.STARTED));
        FakeTask task = created.get(id);
        if (!taskConfig.containsKey("explode")) {
            assertTrue(task.started.await(WAIT_SECONDS, TimeUnit.SECONDS));
        }
        return task;
    }

    @Test
    void eachTaskRunsOnItsOwnNamedThread() throws InterruptedException {
        FakeTask first = startTask("orders", 0);
        FakeTask second = startTask("orders", 1);

        assertEquals("task-thread-orders-0", first.threadName);
        assertEquals("task-thread-orders-1", second.threadName);
        assertEquals(Set.of(first.id(), second.id()), worker.taskIds());
        assertEquals(List.of("startup"), events.of(first.id()));
    }

    @Test
    void stoppedTasksAreShutDownAndForgotten() throws InterruptedException {
        FakeTask task = startTask("orders", 0);

        worker.stopAndAwaitTasks(List.of(task.id()));

        assertEquals(List.of("startup", "shutdown"), events.of(task.id()));
        assertTrue(worker.taskIds().isEmpty());
    }

    @Test
    void taskThatIgnoresStopIsCancelledAfterTheGracefulTimeout() throws InterruptedException {
        FakeTask stubborn = startTask("slow", 0, "stubborn", "true");
        FakeTask polite = startTask("fast", 0);

        worker.stopAndAwaitTasks(List.of(stubborn.id(), polite.id()));

        assertTrue(worker.taskIds().isEmpty());
        releaseStubborn.countDown();
        assertTrue(stubborn.awaitStop(TimeUnit.SECONDS.toMillis(WAIT_SECONDS)));
        assertEquals(List.of("startup"), events.of(stubborn.id()), "a cancelled task reports nothing more");
        assertEquals(List.of("startup", "shutdown"), events.of(polite.id()));
    }

    @Test
    void taskThatFailsToStartIsFailedWithoutDisturbingOthers() throws InterruptedException {
        FakeTask healthy = startTask("orders", 0);
        FakeTask broken = startTask("orders", 1, "explode", "true");

        assertTrue(broken.awaitStop(TimeUnit.SECONDS.toMillis(WAIT_SECONDS)));

        assertEquals(List.of("failure"), events.of(broken.id()));
        assertEquals("bad task config", events.failures.get(broken.id()).getMessage());
        assertEquals(List.of("startup"), events.of(healthy.id()));
        assertFalse(healthy.awaitStop(0));
    }

    @Test
    void taskTheFactoryCannotBuildIsReportedFailed() {
        ConnectorTaskId id = new ConnectorTaskId("orders", 7);

        assertFalse(worker.startTask(id, connectorConfig("orders", RecordingSourceConnector.class),
                Map.of("unbuildable", "true"), events, TargetState.STARTED));

        assertEquals(List.of("failure"), events.of(id));
        assertFalse(worker.taskIds().contains(id));
    }

    @Test
    void startingARunningTaskAgainIsRejected() throws InterruptedException {
        FakeTask task = startTask("orders", 0);

        assertThrows(ConnectException.class, () -> worker.startTask(task.id(),
                connectorConfig("orders", RecordingSourceConnector.class), Map.of(), events, TargetState.STARTED));
    }

    @Test
    void targetStateReachesTheConnectorsTasksOnly() throws InterruptedException {
        worker.startConnector("orders", connectorConfig("orders", RecordingSourceConnector.class), events,
                TargetState.STARTED, () -> { });
        FakeTask own = startTask("orders", 0);
        FakeTask other = startTask("billing", 0);

        worker.setTargetState("orders", TargetState.PAUSED);
        worker.setTargetState("orders", TargetState.STARTED);

        assertEquals(List.of("startup", "pause", "resume"), events.of(own.id()));
        assertEquals(List.of("startup", "pause", "resume"), events.of("orders"));
        assertEquals(List.of("startup"), events.of(other.id()));
    }

    @Test
    void taskConfigsAreResolvedThroughConfigProviders() throws InterruptedException {
        FakeTask task = startTask("orders", 0, "password", "${vault:secrets:password}");

        assertEquals("s3cret", task.taskConfig.get("password"));
        assertNotEquals(Thread.currentThread().getName(), task.threadName);
    }

    @Test
    void perConnectorTaskCountsAndTaskStatusFollowWhatTheTasksReport() throws InterruptedException {
        FakeTask running = startTask("orders", 0);
        FakeTask broken = startTask("orders", 1, "explode", "true");
        assertTrue(broken.awaitStop(TimeUnit.SECONDS.toMillis(WAIT_SECONDS)));

        assertEquals(2.0, taskCount("connector-total-task-count"));
        assertEquals(1.0, taskCount("connector-running-task-count"));
        assertEquals(1.0, taskCount("connector-failed-task-count"));
        assertEquals("failed", status(broken), "a failed task keeps showing it until the worker drops it");

        worker.setTargetState("orders", TargetState.PAUSED);
        assertEquals(1.0, taskCount("connector-paused-task-count"));
        assertEquals(0.0, taskCount("connector-running-task-count"));
        assertEquals("paused", status(running));

        worker.stopAndAwaitTasks(List.of(running.id(), broken.id()));
        assertNull(metric("connector-total-task-count", WorkerMetrics.GROUP, Map.of("connector", "orders")));
        assertNull(metric("status", ConnectorTaskMetrics.GROUP, Map.of("connector", "orders", "task", "1")));
    }

    private Object taskCount(String attribute) {
        return metric(attribute, WorkerMetrics.GROUP, Map.of("connector", "orders")).metricValue();
    }

    private Object status(FakeTask task) {
        return metric("status", ConnectorTaskMetrics.GROUP,
                Map.of("connector", task.id().connector(), "task", Integer.toString(task.id().task()))).metricValue();
    }

    private KafkaMetric metric(String name, String group, Map<String, String> tags) {
        return worker.metrics().registry().metric(new MetricName(name, group, "", tags));
    }
}
