/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker;

import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.domain.ConnectorTaskId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkerTaskTest {

    private final RecordingListener listener = new RecordingListener();
    private final ClassLoader pluginLoader = new URLClassLoader(new URL[0], getClass().getClassLoader());
    private Thread thread;

    @AfterEach
    void joinThread() throws InterruptedException {
        if (thread != null) {
            thread.join(5_000);
        }
    }

    @Test
    void aStartedTaskRunsUntilStoppedAndReportsRunningThenShutdown() throws Exception {
        LoopingTask task = start(new LoopingTask(TargetState.STARTED));
        assertTrue(task.executing.await(5, TimeUnit.SECONDS));

        task.stop();

        assertTrue(task.awaitStop(5_000));
        assertEquals(List.of("startup", "shutdown"), listener.events);
        assertTrue(task.closed);
    }

    @Test
    void pauseAndResumeAreReportedAndTheLoopWaitsWhilePaused() throws Exception {
        LoopingTask task = start(new LoopingTask(TargetState.STARTED));
        assertTrue(task.executing.await(5, TimeUnit.SECONDS));

        task.transitionTo(TargetState.PAUSED);
        task.transitionTo(TargetState.PAUSED);
        task.transitionTo(TargetState.STARTED);
        task.stop();

        assertTrue(task.awaitStop(5_000));
        assertEquals(List.of("startup", "pause", "resume", "shutdown"), listener.events);
    }

    @Test
    void aTaskCreatedPausedReportsPausedOnStartup() throws Exception {
        LoopingTask task = start(new LoopingTask(TargetState.PAUSED));
        assertTrue(task.executing.await(5, TimeUnit.SECONDS));

        task.stop();

        assertTrue(task.awaitStop(5_000));
        assertEquals(List.of("pause", "shutdown"), listener.events);
    }

    @Test
    void aThrowingTaskFailsIsClosedAndIsNeverReportedAsShutdown() throws Exception {
        LoopingTask task = new LoopingTask(TargetState.STARTED);
        task.failWith = new IllegalStateException("boom");
        start(task);

        assertTrue(task.awaitStop(5_000));
        assertEquals(List.of("startup", "failure:boom"), listener.events);
        assertTrue(task.closed);
    }

    @Test
    void theTaskRunsWithItsPluginClassLoaderAsContextClassLoader() throws Exception {
        LoopingTask task = start(new LoopingTask(TargetState.STARTED));
        assertTrue(task.executing.await(5, TimeUnit.SECONDS));
        task.stop();
        assertTrue(task.awaitStop(5_000));

        assertSame(pluginLoader, task.contextLoaderSeen);
    }

    @Test
    void aCancelledTaskReportsNothingMore() throws Exception {
        LoopingTask task = start(new LoopingTask(TargetState.STARTED));
        assertTrue(task.executing.await(5, TimeUnit.SECONDS));

        task.cancel();
        task.stop();

        assertTrue(task.awaitStop(5_000));
        assertEquals(List.of("startup"), listener.events);
    }

    private LoopingTask start(LoopingTask task) {
        thread = new Thread(task, "task-" + task.id());
        thread.start();
        return task;
    }

    private final class LoopingTask extends WorkerTask {
        final CountDownLatch executing = new CountDownLatch(1);
        volatile RuntimeException failWith;
        volatile ClassLoader contextLoaderSeen;
        volatile boolean closed;

        LoopingTask(TargetState initial) {
            super(new ConnectorTaskId("conn", 0), listener, initial, pluginLoader);
        }

        @Override
        protected void initializeAndStart() {
            contextLoaderSeen = Thread.currentThread().getContextClassLoader();
        }

        @Override
        protected void execute() throws Exception {
            executing.countDown();
            while (!isStopping()) {
                if (failWith != null) {
                    throw failWith;
                }
                if (!awaitUnpause()) {
                    return;
                }
                Thread.sleep(1);
            }
        }

        @Override
        protected void close() {
            closed = true;
        }
    }

    private static final class RecordingListener implements TaskStatusListener {
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void onStartup(ConnectorTaskId id) {
            events.add("startup");
        }

        @Override
        public void onPause(ConnectorTaskId id) {
            events.add("pause");
        }

        @Override
        public void onResume(ConnectorTaskId id) {
            events.add("resume");
        }

        @Override
        public void onFailure(ConnectorTaskId id, Throwable cause) {
            events.add("failure:" + cause.getMessage());
        }

        @Override
        public void onShutdown(ConnectorTaskId id) {
            events.add("shutdown");
        }
    }
}
