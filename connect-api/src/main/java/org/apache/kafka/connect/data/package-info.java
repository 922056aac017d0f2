/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * Connect's data model: {@link org.apache.kafka.connect.data.Schema schemas} built with
 * {@link org.apache.kafka.connect.data.SchemaBuilder}, {@link org.apache.kafka.connect.data.Struct structured
 * values}, the logical types (decimal, date, time, timestamp) layered on the primitive types by schema name, and
 * utilities to project values between compatible schemas and convert between representations.
 */
package org.apache.kafka.connect.data;
