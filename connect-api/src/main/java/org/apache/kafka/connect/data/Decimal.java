/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.apache.kafka.connect.errors.DataException;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Logical type for arbitrary-precision decimals. Values are {@link BigDecimal} in Java and, on the wire, the
 * two's-complement bytes of the unscaled value in a BYTES schema. The scale lives in the schema's
 * {@value #SCALE_FIELD} parameter, so every value of one schema shares it.
 */
public class Decimal {

    /** Schema name marking this logical type. */
    public static final String LOGICAL_NAME = "org.apache.kafka.connect.data.Decimal";
    /** Name of the schema parameter holding the scale. */
    public static final String SCALE_FIELD = "scale";

    /** A builder for a decimal schema with the given scale, open to further settings. */
    public static SchemaBuilder builder(int scale) {
        return SchemaBuilder.bytes()
                .name(LOGICAL_NAME)
                .parameter(SCALE_FIELD, Integer.toString(scale))
                .version(1);
    }

    /** A required decimal schema with the given scale. */
    public static Schema schema(int scale) {
        return builder(scale).build();
    }

    /** Encodes {@code value}, whose scale must equal the schema's, as unscaled two's-complement bytes. */
    public static byte[] fromLogical(Schema schema, BigDecimal value) {
        int scale = scale(schema);
        if (value.scale() != scale) {
            throw new DataException(String.format(
                    "Decimal value has mismatching scale for given Decimal schema. Schema has scale %d, value has scale %d.",
                    scale, value.scale()));
        }
        return value.unscaledValue().toByteArray();
    }

    /** Decodes unscaled two's-complement bytes using the schema's scale. */
    public static BigDecimal toLogical(Schema schema, byte[] value) {
        int scale = scale(schema);
        return new BigDecimal(new BigInteger(value), scale);
    }

    private static int scale(Schema schema) {
        String scaleString = schema.parameters().get(SCALE_FIELD);
        if (scaleString == null) {
            throw new DataException("Invalid Decimal schema: scale parameter not found.");
        }
        try {
            return Integer.parseInt(scaleString);
        } catch (NumberFormatException e) {
            throw new DataException("Invalid scale parameter found in Decimal schema: ", e);
        }
    }
}
