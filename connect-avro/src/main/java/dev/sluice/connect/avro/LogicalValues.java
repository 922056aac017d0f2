/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.avro;

import java.math.BigDecimal;
import java.util.Set;

import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;

/** Connect's logical-type values in the encoded form Avro's logical types hold. */
final class LogicalValues {

    private static final Set<String> LOGICAL_NAMES =
            Set.of(Decimal.LOGICAL_NAME, Date.LOGICAL_NAME, Time.LOGICAL_NAME, Timestamp.LOGICAL_NAME);

    private LogicalValues() {
    }

    static boolean isLogical(Schema schema) {
        return schema.name() != null && LOGICAL_NAMES.contains(schema.name());
    }

    /**
     * A decimal as its unscaled big-endian two's-complement bytes, a date as days, a time of day as milliseconds
     * (int), a timestamp as epoch milliseconds (long).
     */
    static Object encode(Schema schema, Object value) {
        return switch (schema.name()) {
            case Decimal.LOGICAL_NAME -> Decimal.fromLogical(schema, (BigDecimal) value);
            case Date.LOGICAL_NAME -> Date.fromLogical(schema, (java.util.Date) value);
            case Time.LOGICAL_NAME -> Time.fromLogical(schema, (java.util.Date) value);
            default -> Timestamp.fromLogical(schema, (java.util.Date) value);
        };
    }
}
