/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import dev.sluice.connect.domain.ConnectorTaskId;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An immutable, sorted set of connectors and tasks: what one worker runs, what the config snapshot asks for, or
 * what a departed worker left behind.
 */
record WorkSet(SortedSet<String> connectors, SortedSet<ConnectorTaskId> tasks) {

    static final WorkSet EMPTY = new WorkSet(new TreeSet<>(), new TreeSet<>());

    WorkSet {
        connectors = Collections.unmodifiableSortedSet(new TreeSet<>(connectors));
        tasks = Collections.unmodifiableSortedSet(new TreeSet<>(tasks));
    }

    static WorkSet of(Collection<String> connectors, Collection<ConnectorTaskId> tasks) {
        return new WorkSet(new TreeSet<>(connectors), new TreeSet<>(tasks));
    }

    /** What a worker reports it runs; a missing or failed assignment means it runs nothing we can trust. */
    static WorkSet reportedBy(WorkerMetadata member) {
        WorkerAssignment previous = member.previous();
        if (previous == null || previous.failed()) {
            return EMPTY;
        }
        return of(previous.connectors(), previous.tasks());
    }

    /** Every connector of the snapshot and tasks {@code 0 .. count-1} of each. */
    static WorkSet desired(SortedMap<String, Integer> connectorTaskCounts) {
        SortedSet<String> connectors = new TreeSet<>();
        SortedSet<ConnectorTaskId> tasks = new TreeSet<>();
        for (Map.Entry<String, Integer> entry : connectorTaskCounts.entrySet()) {
            int count = entry.getValue();
            if (count < 0) {
                throw new IllegalArgumentException("Negative task count for connector " + entry.getKey());
            }
            connectors.add(entry.getKey());
            for (int task = 0; task < count; task++) {
                tasks.add(new ConnectorTaskId(entry.getKey(), task));
            }
        }
        return new WorkSet(connectors, tasks);
    }

    boolean isEmpty() {
        return connectors.isEmpty() && tasks.isEmpty();
    }

    int size() {
        return connectors.size() + tasks.size();
    }

    WorkSet plus(WorkSet other) {
        SortedSet<String> c = new TreeSet<>(connectors);
        c.addAll(other.connectors);
        SortedSet<ConnectorTaskId> t = new TreeSet<>(tasks);
        t.addAll(other.tasks);
        return new WorkSet(c, t);
    }

    WorkSet minus(WorkSet other) {
        SortedSet<String> c = new TreeSet<>(connectors);
        c.removeAll(other.connectors);
        SortedSet<ConnectorTaskId> t = new TreeSet<>(tasks);
        t.removeAll(other.tasks);
        return new WorkSet(c, t);
    }

    WorkSet retainedIn(WorkSet other) {
        SortedSet<String> c = new TreeSet<>(connectors);
        c.retainAll(other.connectors);
        SortedSet<ConnectorTaskId> t = new TreeSet<>(tasks);
        t.retainAll(other.tasks);
        return new WorkSet(c, t);
    }
}
