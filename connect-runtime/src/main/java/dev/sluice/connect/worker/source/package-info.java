/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * Runs one source task: polls it, passes every record through the connector's transformations and converters,
 * produces it to Kafka, and commits the task's source offsets once Kafka has acknowledged the records behind them,
 * in the order the task returned them. Also creates topics on first use when the connector asks for it and tells
 * the worker which topics each task writes to.
 */
package dev.sluice.connect.worker.source;
