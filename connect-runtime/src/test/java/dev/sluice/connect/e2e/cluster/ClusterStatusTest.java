/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading a worker's {@code GET /connectors?expand=status} answer into who runs what. */
class ClusterStatusTest {

    private static final String TWO_WORKERS = """
            {"a":{"status":{"name":"a","connector":{"state":"RUNNING","worker_id":"127.0.0.1:1"},
                  "tasks":[{"id":0,"state":"RUNNING","worker_id":"127.0.0.1:2"}],"type":"source"}},
             "b":{"status":{"name":"b","connector":{"state":"RUNNING","worker_id":"127.0.0.1:2"},
                  "tasks":[{"id":0,"state":"RUNNING","worker_id":"127.0.0.1:1"},
                           {"id":1,"state":"FAILED","worker_id":"127.0.0.1:2","trace":"boom"}],"type":"source"}},
             "c":{"status":{"name":"c","connector":{"state":"RUNNING","worker_id":"127.0.0.1:1"},
                  "tasks":[],"type":"sink"}}}
            """;

    private final ClusterStatus status = parse(TWO_WORKERS);

    @Test
    void connectorRunsWhenItAndAllOfItsTasksRun() {
        assertTrue(status.allRunning(List.of("a")));
        assertFalse(status.allRunning(List.of("a", "b")), "b has a FAILED task");
        assertFalse(status.allRunning(List.of("c")), "a connector without tasks is not running its work yet");
        assertFalse(status.allRunning(List.of("missing")));
    }

    @Test
    void placementIsCountedPerWorkerId() {
        assertEquals(Set.of("127.0.0.1:1", "127.0.0.1:2"), status.workerIds());
        assertEquals(Map.of("127.0.0.1:1", 1L, "127.0.0.1:2", 2L), status.tasksPerWorker());
        assertEquals(Map.of("127.0.0.1:1", 3L, "127.0.0.1:2", 3L), status.workPerWorker());
    }

    @Test
    void emptyClusterHasNoWork() {
        ClusterStatus empty = parse("{}");
        assertTrue(empty.connectors().isEmpty());
        assertTrue(empty.workerIds().isEmpty());
        assertTrue(empty.allRunning(List.of()));
    }

    private static ClusterStatus parse(String json) {
        try {
            return ClusterStatus.fromExpandedListing(new ObjectMapper().readTree(json));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
