/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.source;

import java.util.Objects;
import org.apache.kafka.connect.source.SourceTask.TransactionBoundary;

/**
 * How an exactly-once source task commits (KIP-618): its producer is transactional, and each transaction carries
 * the task's records together with their source offsets, written to {@code offsetsTopic}.
 *
 * @param offsetsTopic the offsets topic on the producer's cluster: the connector's own, else the worker's
 * @param boundary     when a transaction ends: after every batch, every {@code intervalMs}, or when the task says
 * @param intervalMs   the interval for {@link TransactionBoundary#INTERVAL}
 */
public record ExactlyOnceSettings(String offsetsTopic, TransactionBoundary boundary, long intervalMs) {

    public ExactlyOnceSettings {
        Objects.requireNonNull(offsetsTopic, "offsetsTopic");
        Objects.requireNonNull(boundary, "boundary");
        if (intervalMs < 0) {
            throw new IllegalArgumentException("Transaction boundary interval must not be negative");
        }
    }

    /** The producer's {@code transactional.id} for one task, formed as Apache's workers form it. */
    public static String transactionalId(String groupId, String connector, int task) {
        return groupId + "-" + connector + "-" + task;
    }
}
