/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * Record headers as Connect sees them: each header pairs a key with a schema-typed value, and a record carries an
 * ordered, mutable collection of them in which a key may repeat. Header converters translate these to and from the
 * raw bytes stored on Kafka records.
 */
package org.apache.kafka.connect.header;
