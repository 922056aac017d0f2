/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * The plug-in point for single message transformations: small, per-record changes applied to records between a
 * connector and Kafka.
 */
package org.apache.kafka.connect.transforms;
