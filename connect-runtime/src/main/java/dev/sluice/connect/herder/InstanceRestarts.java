/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.storage.ConfigSnapshot;
import dev.sluice.connect.storage.StatusStore;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.connect.errors.NotFoundException;

/**
 * Plain restarts of one connector instance or one task: the business of whichever worker runs it, so no record is
 * written; a worker that does not run it names the one that does (from its status) for REST to forward to. Runs on
 * the herder thread only.
 */
final class InstanceRestarts {

    private final Supplier<ConfigSnapshot> snapshot;
    private final Reconciler reconciler;
    private final StatusStore statusStore;
    private final StatusReporter statuses;
    private final Runnable applyChanges;

    /** @param applyChanges lets the worker start again what was just stopped */
    InstanceRestarts(Supplier<ConfigSnapshot> snapshot, Reconciler reconciler, StatusStore statusStore,
                     StatusReporter statuses, Runnable applyChanges) {
        this.snapshot = snapshot;
        this.reconciler = reconciler;
        this.statusStore = statusStore;
        this.statuses = statuses;
        this.applyChanges = applyChanges;
    }

    void restartConnector(String name) {
        ConfigWrites.requireKnownForRestart(snapshot.get(), name);
        if (!reconciler.runs(name)) {
            throw notOwner("Connector " + name, statusStore.get(name) == null ? null
                    : statusStore.get(name).workerId());
        }
        reconciler.restartConnector(name);
        applyChanges.run();
    }

    void restartTask(ConnectorTaskId id) {
        ConfigWrites.requireKnownForRestart(snapshot.get(), id.connector());
        if (snapshot.get().taskConfig(id) == null) {
            throw new NotFoundException("Unknown task: " + id);
        }
        if (!reconciler.runs(id)) {
            throw notOwner("Task " + id, statusStore.get(id) == null ? null : statusStore.get(id).workerId());
        }
        reconciler.restartTasks(List.of(id));
        applyChanges.run();
    }

    private NotOwnerException notOwner(String what, String ownerId) {
        if (ownerId == null || ownerId.equals(statuses.workerId())) {
            throw new RebalanceNeededException(RebalanceNeededException.NO_LEADER);
        }
        return new NotOwnerException(what + " is run by another worker", "http://" + ownerId + "/");
    }
}
