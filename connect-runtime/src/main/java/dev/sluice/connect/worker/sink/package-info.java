/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */

/**
 * Runs sink tasks: a consumer in group {@code connect-<connector>} feeds records through the converters and the
 * transformation chain into {@code SinkTask.put}, failed records go to the error reporters (log, dead letter queue),
 * and the offsets the task says are safe ({@code preCommit}) are committed back to the group, asynchronously on the
 * commit interval and synchronously when partitions are revoked or the task closes.
 */
package dev.sluice.connect.worker.sink;
