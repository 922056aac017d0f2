/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * The API for sink connectors, which read records from Kafka topics and write them to an external system: the
 * connector and task base classes, their contexts, the sink record, and the reporter for records that cannot be
 * written.
 */
package org.apache.kafka.connect.sink;
