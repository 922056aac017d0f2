/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.metrics;

import dev.sluice.connect.domain.State;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The state a task reported last, and how long it has spent in each state since it was created: the task's thread
 * moves it, a metrics reporter reads it, so every method holds the same monitor. A task's running and pause ratios
 * are shares of its whole life, not of a sample window, as in Apache's worker.
 */
public final class TaskStateClock {

    private final LongSupplier clock;
    private final long createdMs;
    private final Map<State, Long> finishedMs = new EnumMap<>(State.class);
    private State state;
    private long enteredMs;

    /** @param clock milliseconds, usually {@code System::currentTimeMillis} */
    public TaskStateClock(State initial, LongSupplier clock) {
        this.clock = clock;
        this.createdMs = clock.getAsLong();
        this.state = initial;
        this.enteredMs = createdMs;
    }

    /** The task is now in {@code next}; the time spent in the state it leaves is added to that state's total. */
    public synchronized void moveTo(State next) {
        if (next == state) {
            return;
        }
        long now = clock.getAsLong();
        finishedMs.merge(state, now - enteredMs, Long::sum);
        state = next;
        enteredMs = now;
    }

    public synchronized State state() {
        return state;
    }

    /** The share (0 to 1) of the task's life so far spent in {@code which}; 0 before any time has passed. */
    public synchronized double ratio(State which) {
        long now = clock.getAsLong();
        long lifeMs = now - createdMs;
        if (lifeMs <= 0) {
            return 0.0;
        }
        long spentMs = finishedMs.getOrDefault(which, 0L) + (which == state ? now - enteredMs : 0L);
        return (double) spentMs / lifeMs;
    }
}
