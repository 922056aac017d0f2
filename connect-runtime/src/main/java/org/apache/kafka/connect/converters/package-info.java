/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * Ready-made converters for records whose keys, values or headers are a single primitive: raw bytes, booleans and
 * the fixed-width numbers. Each one also works as a header converter, and writes the same big-endian layout as the
 * matching Kafka client serializer so that plain producers and consumers can share topics with Connect.
 */
package org.apache.kafka.connect.converters;
