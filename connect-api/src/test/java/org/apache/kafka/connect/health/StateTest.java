/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Objects;

import org.junit.jupiter.api.Test;

class StateTest {

    @Test
    void accessorsReturnConstructorArguments() {
        TaskState task = new TaskState(3, "FAILED", "worker-2:8083", "boom");
        assertEquals(3, task.taskId());
        assertEquals("FAILED", task.state());
        assertEquals("worker-2:8083", task.workerId());
        assertEquals("boom", task.traceMessage());
        assertNull(new ConnectorState("RUNNING", "w", null).traceMessage());
    }

    @Test
    void stateMustNotBeNullOrBlank() {
        for (String bad : new String[] {null, "", "   "}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ConnectorState(bad, "w", null));
            assertEquals("State must not be null or empty", e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> new TaskState(0, bad, "w", null));
        }
    }

    @Test
    void workerIdMustNotBeNullOrBlank() {
        for (String bad : new String[] {null, "", " "}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ConnectorState("RUNNING", bad, null));
            assertEquals("Worker ID must not be null or empty", e.getMessage());
        }
    }

    @Test
    void stateIsCheckedBeforeWorkerId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> new ConnectorState(null, null, null));
        assertEquals("State must not be null or empty", e.getMessage());
    }

    @Test
    void connectorStatesWithEqualFieldsAreEqual() {
        ConnectorState a = new ConnectorState("RUNNING", "w1", "trace");
        assertEquals(a, new ConnectorState("RUNNING", "w1", "trace"));
        assertEquals(a.hashCode(), new ConnectorState("RUNNING", "w1", "trace").hashCode());
        assertNotEquals(a, new ConnectorState("RUNNING", "w1", "other"));
        assertNotEquals(a, new ConnectorState("PAUSED", "w1", "trace"));
        assertNotEquals(a, new ConnectorState("RUNNING", "w2", "trace"));
        assertEquals(new ConnectorState("R", "w", null), new ConnectorState("R", "w", null));
    }

    @Test
    void taskStatesAlsoCompareTaskIds() {
        TaskState a = new TaskState(1, "RUNNING", "w", null);
        assertEquals(a, new TaskState(1, "RUNNING", "w", null));
        assertEquals(a.hashCode(), new TaskState(1, "RUNNING", "w", null).hashCode());
        assertNotEquals(a, new TaskState(2, "RUNNING", "w", null));
        assertNotEquals(a, new TaskState(1, "RUNNING", "w", "trace"));
    }

    @Test
    void connectorAndTaskStatesAreNeverEqual() {
        ConnectorState connector = new ConnectorState("R", "w", null);
        TaskState task = new TaskState(0, "R", "w", null);
        assertNotEquals(connector, task);
        assertNotEquals(task, connector);
    }

    @Test
    void hashCodesMatchApacheFormulas() {
        assertEquals(Objects.hash("RUNNING", "trace", "w1"), new ConnectorState("RUNNING", "w1", "trace").hashCode());
        int stateHash = Objects.hash("FAILED", "boom", "w2");
        assertEquals(Objects.hash(stateHash, 3), new TaskState(3, "FAILED", "w2", "boom").hashCode());
    }

    @Test
    void connectorStateToStringMatchesApache() {
        assertEquals("ConnectorState{state='RUNNING', traceMessage='trace', workerId='w1'}",
                new ConnectorState("RUNNING", "w1", "trace").toString());
        assertEquals("ConnectorState{state='R', traceMessage='null', workerId='w'}",
                new ConnectorState("R", "w", null).toString());
    }

    @Test
    void taskStateToStringMatchesApacheIncludingTheMissingComma() {
        assertEquals("TaskState{taskId='3'state='FAILED', traceMessage='boom', workerId='w2'}",
                new TaskState(3, "FAILED", "w2", "boom").toString());
    }
}
