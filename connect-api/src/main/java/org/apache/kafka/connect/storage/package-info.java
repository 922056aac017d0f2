/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * The pluggable (de)serialization layer between Connect data and the bytes stored in Kafka: converters for record
 * keys and values, header converters, their shared configuration, a plain string implementation of both, and the
 * read-only view of source offsets that source tasks use to resume.
 */
package org.apache.kafka.connect.storage;
