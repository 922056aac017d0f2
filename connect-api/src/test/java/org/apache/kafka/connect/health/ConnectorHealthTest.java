/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.health;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

class ConnectorHealthTest {

    private static final ConnectorState RUNNING = new ConnectorState("RUNNING", "w1", "trace");
    private static final TaskState FAILED_TASK = new TaskState(3, "FAILED", "w2", "boom");

    @Test
    void accessorsReturnConstructorArguments() {
        Map<Integer, TaskState> tasks = new HashMap<>(Map.of(3, FAILED_TASK));
        ConnectorHealth health = new ConnectorHealth("c1", RUNNING, tasks, ConnectorType.SINK);
        assertEquals("c1", health.name());
        assertSame(RUNNING, health.connectorState());
        assertSame(tasks, health.tasksState());
        assertEquals(ConnectorType.SINK, health.type());
    }

    @Test
    void nameIsRequired() {
        for (String bad : new String[] {null, "", "  "}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ConnectorHealth(bad, RUNNING, Map.of(), ConnectorType.SOURCE));
            assertEquals("Connector name is required", e.getMessage());
        }
    }

    @Test
    void otherArgumentsMustNotBeNullAndAreCheckedInOrder() {
        assertEquals("connectorState can't be null", assertThrows(NullPointerException.class,
            () -> new ConnectorHealth("c", null, null, null)).getMessage());
        assertEquals("tasks can't be null", assertThrows(NullPointerException.class,
            () -> new ConnectorHealth("c", RUNNING, null, null)).getMessage());
        assertEquals("type can't be null", assertThrows(NullPointerException.class,
            () -> new ConnectorHealth("c", RUNNING, Map.of(), null)).getMessage());
    }

    @Test
    void equalityCoversEveryField() {
        ConnectorHealth base = new ConnectorHealth("c1", RUNNING, Map.of(3, FAILED_TASK), ConnectorType.SINK);
        ConnectorHealth same = new ConnectorHealth("c1", new ConnectorState("RUNNING", "w1", "trace"),
                new HashMap<>(Map.of(3, new TaskState(3, "FAILED", "w2", "boom"))), ConnectorType.SINK);
        assertEquals(base, same);
        assertEquals(base.hashCode(), same.hashCode());
        assertNotEquals(base, new ConnectorHealth("c2", RUNNING, Map.of(3, FAILED_TASK), ConnectorType.SINK));
        assertNotEquals(base, new ConnectorHealth("c1", new ConnectorState("PAUSED", "w1", "trace"),
                Map.of(3, FAILED_TASK), ConnectorType.SINK));
        assertNotEquals(base, new ConnectorHealth("c1", RUNNING, Map.of(), ConnectorType.SINK));
        assertNotEquals(base, new ConnectorHealth("c1", RUNNING, Map.of(3, FAILED_TASK), ConnectorType.SOURCE));
    }

    @Test
    void hashCodeCombinesAllFieldsLikeApache() {
        Map<Integer, TaskState> tasks = Map.of(3, FAILED_TASK);
        ConnectorHealth health = new ConnectorHealth("c1", RUNNING, tasks, ConnectorType.SINK);
        assertEquals(Objects.hash("c1", RUNNING, tasks, ConnectorType.SINK), health.hashCode());
    }

    @Test
    void toStringMatchesApache() {
        ConnectorHealth health = new ConnectorHealth("c1", RUNNING, Map.of(3, FAILED_TASK), ConnectorType.SINK);
        assertEquals("ConnectorHealth{name='c1', connectorState=ConnectorState{state='RUNNING',"
                + " traceMessage='trace', workerId='w1'}, tasks={3=TaskState{taskId='3'state='FAILED',"
                + " traceMessage='boom', workerId='w2'}}, type=sink}", health.toString());
    }

    @Test
    void connectorTypesPrintInLowerCase() {
        assertArrayEquals(new ConnectorType[] {ConnectorType.SOURCE, ConnectorType.SINK, ConnectorType.UNKNOWN},
                ConnectorType.values());
        assertEquals("source", ConnectorType.SOURCE.toString());
        assertEquals("sink", ConnectorType.SINK.toString());
        assertEquals("unknown", ConnectorType.UNKNOWN.toString());
        assertSame(ConnectorType.SINK, ConnectorType.valueOf("SINK"));
        assertThrows(IllegalArgumentException.class, () -> ConnectorType.valueOf("sink"));
    }

    @Test
    void clusterStateOptionalLookupsAreUnsupportedByDefault() {
        ConnectClusterState state = new ConnectClusterState() {
            @Override
            public Collection<String> connectors() {
                return List.of("c1");
            }

            @Override
            public ConnectorHealth connectorHealth(String connName) {
                return null;
            }
        };
        assertThrows(UnsupportedOperationException.class, () -> state.connectorConfig("c1"));
        assertThrows(UnsupportedOperationException.class, state::clusterDetails);
    }
}
