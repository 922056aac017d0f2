/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.standalone;

import dev.sluice.connect.herder.Assignment;
import dev.sluice.connect.herder.Cluster;
import dev.sluice.connect.storage.ConfigSnapshot;
import java.time.Duration;
import java.util.HashSet;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** The cluster of a standalone worker: itself alone, always the leader, running every connector and task. */
public final class LocalCluster implements Cluster {

    private final Semaphore wakeups = new Semaphore(0);

    @Override
    public void start() {
    }

    @Override
    public void stop() {
    }

    @Override
    public void poll(Duration timeout) {
        try {
            if (wakeups.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                wakeups.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void wakeup() {
        wakeups.release();
    }

    @Override
    public boolean isLeader() {
        return true;
    }

    @Override
    public String leaderUrl() {
        return null;
    }

    @Override
    public int generation() {
        return 0;
    }

    @Override
    public boolean rebalancing() {
        return false;
    }

    @Override
    public boolean answersWritesOnceApplied() {
        return true;
    }

    @Override
    public Assignment assignment(ConfigSnapshot snapshot) {
        return Assignment.of(snapshot.connectors().keySet(), new HashSet<>(snapshot.allTaskIds()));
    }
}
