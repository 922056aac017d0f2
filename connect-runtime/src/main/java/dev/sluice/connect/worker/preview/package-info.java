/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * Record preview: runs a connector's plugins (a source task, or a sample of a sink's topics) through the
 * connector's transformations and converters and reports each record as it would be written to Kafka or handed to
 * the sink task, while writing nothing and committing no offset.
 */
package dev.sluice.connect.worker.preview;
