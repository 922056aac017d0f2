/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */

/**
 * The worker: runs connectors and their tasks inside their plugins' classloaders and moves records between them and
 * Kafka, through the transformation chain (transformations guarded by predicates) and the converters.
 */
package dev.sluice.connect.worker;
