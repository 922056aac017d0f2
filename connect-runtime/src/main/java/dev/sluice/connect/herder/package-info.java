/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * The herder contract: the single owner of a worker's desired state (connector configs, target states, task
 * configs). Callers on other threads, the REST server above all, enqueue requests through {@link
 * dev.sluice.connect.herder.Herder} and get a future back, so herder state is only ever touched by its own thread.
 */
package dev.sluice.connect.herder;
