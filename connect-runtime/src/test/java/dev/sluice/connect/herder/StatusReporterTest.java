/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.State;
import dev.sluice.connect.storage.MemoryStatusStore;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusReporterTest {

    private static final ConnectorTaskId TASK = new ConnectorTaskId("source", 0);

    private final MemoryStatusStore store = new MemoryStatusStore();
    private final StatusReporter here = new StatusReporter(store, "127.0.0.1:8083", () -> 1, name -> "1.0");
    private final StatusReporter elsewhere = new StatusReporter(store, "127.0.0.1:8084", () -> 2, name -> "1.0");

    @Test
    void ownRunningStatusesBecomeUnassignedOnShutdown() {
        here.onStartup("source");
        here.onStartup(TASK);

        here.onShutdown("source");
        here.onShutdown(TASK);

        assertEquals(State.UNASSIGNED, store.get("source").state());
        assertEquals(State.UNASSIGNED, store.get(TASK).state());
    }

    @Test
    void aLateShutdownLeavesTheNewOwnersRunningStatusAlone() {
        here.onStartup("source");
        here.onStartup(TASK);
        // The group moved the work while this worker still ran it (it had lost its membership).
        elsewhere.onStartup("source");
        elsewhere.onStartup(TASK);

        here.onShutdown("source");
        here.onShutdown(TASK);

        assertEquals(State.RUNNING, store.get("source").state());
        assertEquals("127.0.0.1:8084", store.get("source").workerId());
        assertEquals(State.RUNNING, store.get(TASK).state());
        assertEquals("127.0.0.1:8084", store.get(TASK).workerId());
    }

    @Test
    void aTopicStillInUseComesBackAfterAReset() {
        here.onTopicUsed(TASK, "orders");
        here.onTopicUsed(TASK, "orders");
        assertEquals(Set.of("orders"), store.topics(TASK.connector()));

        store.resetTopics(TASK.connector());
        assertEquals(Set.of(), store.topics(TASK.connector()));
        here.onTopicUsed(TASK, "orders");
        assertEquals(Set.of("orders"), store.topics(TASK.connector()));
    }
}
