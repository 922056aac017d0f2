/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import dev.sluice.connect.domain.ConnectorTaskId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the group has given this worker so far, as the member sees it: under the eager protocol the last
 * assignment, under the cooperative ones the sum of assignments minus revocations. Used to tell the listener what
 * to give up when the whole of it must go. Confined to the polling thread.
 */
final class OwnedWork {

    final Set<String> connectors = new LinkedHashSet<>();
    final Set<ConnectorTaskId> tasks = new LinkedHashSet<>();
    /** The leader that assigned the work, for the listener; null before the first assignment. */
    String leader;

    boolean isEmpty() {
        return connectors.isEmpty() && tasks.isEmpty();
    }

    void add(Collection<String> addedConnectors, Collection<ConnectorTaskId> addedTasks) {
        connectors.addAll(addedConnectors);
        tasks.addAll(addedTasks);
    }

    void remove(Collection<String> removedConnectors, Collection<ConnectorTaskId> removedTasks) {
        connectors.removeAll(removedConnectors);
        tasks.removeAll(removedTasks);
    }

    void replace(Collection<String> newConnectors, Collection<ConnectorTaskId> newTasks) {
        connectors.clear();
        tasks.clear();
        add(newConnectors, newTasks);
    }
}
