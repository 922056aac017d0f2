/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import dev.sluice.connect.domain.SessionKey;
import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.storage.ConfigSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The config topic folded into current state, record by record. Task configs become visible only when their
 * connector's commit record arrives and names exactly as many tasks as were written since the last commit, so a
 * worker never runs half of a new task set. Thread-safe: the journal thread applies records while others take
 * snapshots, which are built only when something changed.
 *
 * <p>The snapshot's offset is the position after the last record read (its offset + 1), -1 before any record: this
 * is the config offset Apache's workers put in their group metadata and assignments (1 after reading only the
 * session key at offset 0), and the leader compares offsets across workers to tell whether it is behind.
 */
final class ConfigState {

    private static final Logger log = LoggerFactory.getLogger(ConfigState.class);

    private final TreeMap<String, Map<String, String>> connectors = new TreeMap<>();
    private final Map<String, TargetState> targetStates = new HashMap<>();
    private final Map<String, List<Map<String, String>>> committedTasks = new HashMap<>();
    private final Map<String, Map<Integer, Map<String, String>>> pendingTasks = new HashMap<>();
    private final Set<String> staleTasks = new HashSet<>();
    private final Map<String, Integer> fencedTaskCounts = new HashMap<>();
    private final Set<String> pendingFencing = new HashSet<>();
    private SessionKey sessionKey;
    private long offset = -1;
    private ConfigSnapshot snapshot = ConfigSnapshot.EMPTY;
    private boolean changed;

    synchronized void apply(ConfigRecord record, long recordOffset) {
        offset = recordOffset + 1;
        changed = true;
        if (record instanceof ConfigRecord.ConnectorConfig config) {
            if (config.properties() == null) {
                connectors.remove(config.connector());
                targetStates.remove(config.connector());
                committedTasks.remove(config.connector());
                pendingTasks.remove(config.connector());
                staleTasks.remove(config.connector());
                // The fencing count stays: a connector created again under this name must fence out those tasks.
                pendingFencing.remove(config.connector());
            } else {
                Map<String, String> previous = connectors.put(config.connector(), config.properties());
                if (previous != null && !previous.equals(config.properties())) {
                    staleTasks.add(config.connector());
                }
            }
        } else if (record instanceof ConfigRecord.TaskConfig task) {
            if (task.properties() != null) {
                pendingTasks.computeIfAbsent(task.task().connector(), name -> new TreeMap<>())
                        .put(task.task().task(), task.properties());
            }
        } else if (record instanceof ConfigRecord.TaskCommit commit) {
            commit(commit.connector(), commit.tasks());
        } else if (record instanceof ConfigRecord.TargetStateRecord target) {
            if (target.state() == null) {
                targetStates.remove(target.connector());
            } else {
                targetStates.put(target.connector(), target.state());
            }
        } else if (record instanceof ConfigRecord.SessionKeyRecord key) {
            sessionKey = key.sessionKey();
        } else if (record instanceof ConfigRecord.TaskCountRecord count) {
            fencedTaskCounts.put(count.connector(), count.taskCount());
            pendingFencing.remove(count.connector());
        }
    }

    /** A record this store does not interpret still moves the offset. */
    synchronized void skip(long recordOffset) {
        offset = recordOffset + 1;
        changed = true;
    }

    private void commit(String connector, int count) {
        Map<Integer, Map<String, String>> pending = pendingTasks.remove(connector);
        List<Map<String, String>> tasks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, String> config = pending == null ? null : pending.get(i);
            if (config == null) {
                log.warn("Ignoring the commit of {} tasks for connector {}: task {} was not written before it;"
                        + " the leader will write a consistent set", count, connector, i);
                return;
            }
            tasks.add(config);
        }
        committedTasks.put(connector, tasks);
        staleTasks.remove(connector);
        pendingFencing.add(connector);
    }

    synchronized ConfigSnapshot snapshot() {
        if (changed) {
            Map<String, List<Map<String, String>>> tasks = new HashMap<>();
            committedTasks.forEach((name, configs) -> {
                if (connectors.containsKey(name)) {
                    tasks.put(name, configs);
                }
            });
            Set<String> pending = new HashSet<>(pendingFencing);
            pending.retainAll(tasks.keySet());
            snapshot = new ConfigSnapshot(offset, connectors, targetStates, tasks, sessionKey, staleTasks,
                    fencedTaskCounts, pending);
            changed = false;
        }
        return snapshot;
    }
}
