/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.dialect;

import org.apache.kafka.connect.data.Schema;

/** A column the sink writes: its name and the Connect schema of the values that go into it. */
public record SinkColumn(String name, Schema schema) {
}
