/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * The API for source connectors, which read data from an external system and write it to Kafka: the connector and
 * task base classes, their contexts, the source record with its source partition and offset, and the hooks for
 * exactly-once delivery and connector-defined transactions.
 */
package org.apache.kafka.connect.source;
