/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * Error handling shared by every task runner: one retry-and-tolerance policy ({@code errors.retry.timeout},
 * {@code errors.tolerance}) wraps each record-level stage, and failures it gives up on are handed to reporters —
 * the log reporter and, for sink tasks, the dead letter queue producer that adds {@code __connect.errors.*} headers.
 * The same dead letter queue path backs {@code SinkTaskContext.errantRecordReporter()}.
 */
package dev.sluice.connect.errors;
