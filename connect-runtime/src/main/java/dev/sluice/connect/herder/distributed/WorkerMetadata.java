/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

/**
 * What one worker tells the group when it joins (the Connect protocol's member metadata).
 *
 * @param url          the worker's advertised REST URL; also its {@code worker_id} in statuses
 * @param configOffset the config topic offset the worker has read up to
 * @param previous     the assignment the worker holds from the last generation (incremental cooperative
 *                     protocols only; null with the eager protocol or when it holds none)
 */
public record WorkerMetadata(String url, long configOffset, WorkerAssignment previous) {
}
