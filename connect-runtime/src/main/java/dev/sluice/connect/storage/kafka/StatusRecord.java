/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import dev.sluice.connect.domain.ConnectorStatus;
import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.TaskStatus;

/** One record of the status topic, decoded; {@link StatusRecordCodec} maps each kind to its key and JSON value. */
public sealed interface StatusRecord {

    /**
     * {@code status-connector-NAME}.
     *
     * @param status what the connector last reported, or {@code null} for the tombstone written on deletion
     */
    record ConnectorState(String connector, ConnectorStatus status) implements StatusRecord {
    }

    /**
     * {@code status-task-NAME-I}.
     *
     * @param status what the task last reported, or {@code null} for the tombstone written on deletion
     */
    record TaskState(ConnectorTaskId task, TaskStatus status) implements StatusRecord {
    }

    /**
     * {@code status-topic-TOPIC:connector-NAME}: the connector has used the topic.
     *
     * @param use which task first reported it and when, or {@code null} for the tombstone of a topics reset or a
     *            deletion
     */
    record TopicState(String topic, String connector, TopicUse use) implements StatusRecord {
    }

    /**
     * When a task of a connector was seen using a topic.
     *
     * @param task              the task number
     * @param discoverTimestamp milliseconds since the epoch
     */
    record TopicUse(int task, long discoverTimestamp) {
    }
}
