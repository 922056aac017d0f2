/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage;

import dev.sluice.connect.domain.ConnectorStatus;
import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.TaskStatus;
import java.util.Collection;
import java.util.Set;

/**
 * The last reported state of every connector and task, and the topics each connector has used: in memory for a
 * standalone worker, in the compacted status topic for a cluster, where every worker sees every status. Safe for
 * concurrent use: workers report from task threads while REST reads.
 */
public interface StatusStore {

    /** Loads what the store holds; returns once reads reflect it. */
    void start();

    /** Flushes what is pending and releases resources. */
    void stop();

    /** Records a connector's state; a store may skip writing a status equal to the one it has. */
    void put(ConnectorStatus status);

    void put(TaskStatus status);

    /** The connector's last state, or null when none was reported. */
    ConnectorStatus get(String connector);

    /** The task's last state, or null when none was reported. */
    TaskStatus get(ConnectorTaskId id);

    /** The last states of all of the connector's tasks that have one. */
    Collection<TaskStatus> tasks(String connector);

    /** Forgets the connector's status and its tasks' statuses. */
    void remove(String connector);

    /** Forgets one task's status (its connector now has fewer tasks). */
    void remove(ConnectorTaskId id);

    /** Notes that a task of {@code connector} used {@code topic}; recorded once per connector and topic. */
    void putTopicUsage(String connector, String topic, int task);

    /** The topics the connector's tasks have used since it was created or its topics were reset, sorted. */
    Set<String> topics(String connector);

    /** Forgets the connector's used topics. */
    void resetTopics(String connector);

    /** Blocks until every status put so far is durable (before a worker leaves its cluster). */
    default void flush() {
    }
}
