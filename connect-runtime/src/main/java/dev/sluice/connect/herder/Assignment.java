/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import dev.sluice.connect.domain.ConnectorTaskId;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** The connectors and tasks one worker is to run. */
public record Assignment(SortedSet<String> connectors, SortedSet<ConnectorTaskId> tasks) {

    public static final Assignment NONE = new Assignment(new TreeSet<>(), new TreeSet<>());

    public Assignment {
        connectors = new TreeSet<>(connectors);
        tasks = new TreeSet<>(tasks);
    }

    public static Assignment of(Set<String> connectors, Set<ConnectorTaskId> tasks) {
        return new Assignment(new TreeSet<>(connectors), new TreeSet<>(tasks));
    }

    public boolean owns(String connector) {
        return connectors.contains(connector);
    }

    public boolean owns(ConnectorTaskId task) {
        return tasks.contains(task);
    }
}
