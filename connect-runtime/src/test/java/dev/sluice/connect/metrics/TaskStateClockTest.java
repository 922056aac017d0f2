/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.connect.domain.State;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The running and pause ratios are shares of the task's whole life, including the state it is in now. */
class TaskStateClockTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final TaskStateClock clock = new TaskStateClock(State.UNASSIGNED, now::get);

    @Test
    void ratiosAreSharesOfTheTimeSinceTheTaskWasCreated() {
        assertEquals(0.0, clock.ratio(State.RUNNING), "no time has passed yet");

        now.addAndGet(100);
        clock.moveTo(State.RUNNING);
        now.addAndGet(600);
        clock.moveTo(State.PAUSED);
        now.addAndGet(200);
        clock.moveTo(State.RUNNING);
        now.addAndGet(100);

        assertEquals(State.RUNNING, clock.state());
        assertEquals(0.7, clock.ratio(State.RUNNING), 1e-9, "600 + the 100 it is running now, of 1000");
        assertEquals(0.2, clock.ratio(State.PAUSED), 1e-9);
        assertEquals(0.1, clock.ratio(State.UNASSIGNED), 1e-9);
    }

    @Test
    void movingToTheSameStateChangesNothing() {
        clock.moveTo(State.RUNNING);
        now.addAndGet(500);
        clock.moveTo(State.RUNNING);
        now.addAndGet(500);

        assertEquals(1.0, clock.ratio(State.RUNNING), 1e-9);
    }
}
