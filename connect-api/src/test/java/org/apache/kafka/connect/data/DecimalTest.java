/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DecimalTest {

    @Test
    void constantsNameTheLogicalTypeAndScaleParameter() {
        assertEquals("org.apache.kafka.connect.data.Decimal", Decimal.LOGICAL_NAME);
        assertEquals("scale", Decimal.SCALE_FIELD);
    }

    @Test
    void schemaIsAVersionOneBytesSchemaCarryingTheScale() {
        Schema schema = Decimal.schema(2);
        assertEquals(Schema.Type.BYTES, schema.type());
        assertEquals(Decimal.LOGICAL_NAME, schema.name());
        assertEquals(1, schema.version());
        assertEquals(Map.of("scale", "2"), schema.parameters());
        assertFalse(schema.isOptional());
        assertNull(schema.doc());
        assertInstanceOf(ConnectSchema.class, schema);
    }

    @Test
    void schemaIsANewEqualInstanceEachTime() {
        assertNotSame(Decimal.schema(2), Decimal.schema(2));
        assertEquals(Decimal.schema(2), Decimal.schema(2));
        assertEquals(Decimal.schema(2), Decimal.builder(2).build());
    }

    @Test
    void builderAcceptsNegativeScalesAndFurtherSettings() {
        assertEquals(Map.of("scale", "-3"), Decimal.builder(-3).parameters());
        Schema schema = Decimal.builder(2).optional().defaultValue(new BigDecimal("1.00")).build();
        assertEquals(new BigDecimal("1.00"), schema.defaultValue());
        assertEquals(Map.of("scale", "3"), Decimal.builder(2).parameter("scale", "3").parameters());
    }

    @Test
    void fromLogicalEncodesTheUnscaledValueAsTwosComplement() {
        assertArrayEquals(new byte[]{123}, Decimal.fromLogical(Decimal.schema(2), new BigDecimal("1.23")));
        assertArrayEquals(new byte[]{-123}, Decimal.fromLogical(Decimal.schema(2), new BigDecimal("-1.23")));
        assertArrayEquals(new byte[]{0, (byte) 0x80}, Decimal.fromLogical(Decimal.schema(0), new BigDecimal("128")));
    }

    @Test
    void toLogicalDecodesWithTheSchemaScale() {
        assertEquals(new BigDecimal("1.23"), Decimal.toLogical(Decimal.schema(2), new byte[]{0, 123}));
        assertEquals(new BigDecimal("-1.23"), Decimal.toLogical(Decimal.schema(2), new byte[]{(byte) 0x85}));
        assertEquals(new BigDecimal("1.23E+3"), Decimal.toLogical(Decimal.schema(-1), new byte[]{123}));
    }

    @Test
    void roundTripPreservesValueAndScale() {
        BigDecimal value = new BigDecimal("-98765432109876543210.12345");
        Schema schema = Decimal.schema(5);
        assertEquals(value, Decimal.toLogical(schema, Decimal.fromLogical(schema, value)));
    }

    @Test
    void fromLogicalRejectsAMismatchedScale() {
        DataException e = assertThrows(DataException.class, () -> Decimal.fromLogical(Decimal.schema(2), new BigDecimal("1.2")));
        assertEquals("Decimal value has mismatching scale for given Decimal schema. Schema has scale 2, value has scale 1.",
                e.getMessage());
        e = assertThrows(DataException.class, () -> Decimal.fromLogical(Decimal.schema(2), new BigDecimal("1.234")));
        assertEquals("Decimal value has mismatching scale for given Decimal schema. Schema has scale 2, value has scale 3.",
                e.getMessage());
    }

    @Test
    void schemaNameAndTypeAreNotChecked() {
        Schema unnamed = SchemaBuilder.int32().parameter("scale", "2").build();
        assertArrayEquals(new byte[]{123}, Decimal.fromLogical(unnamed, new BigDecimal("1.23")));
        assertEquals(new BigDecimal("1.23"), Decimal.toLogical(unnamed, new byte[]{123}));
    }

    @Test
    void aMissingScaleParameterIsReported() {
        Schema noScale = SchemaBuilder.bytes().name(Decimal.LOGICAL_NAME).parameter("x", "1").build();
        DataException e = assertThrows(DataException.class, () -> Decimal.fromLogical(noScale, BigDecimal.ONE));
        assertEquals("Invalid Decimal schema: scale parameter not found.", e.getMessage());
        e = assertThrows(DataException.class, () -> Decimal.toLogical(noScale, new byte[]{1}));
        assertEquals("Invalid Decimal schema: scale parameter not found.", e.getMessage());
    }

    @Test
    void aSchemaWithoutParametersIsANullPointer() {
        assertThrows(NullPointerException.class, () -> Decimal.fromLogical(Schema.BYTES_SCHEMA, BigDecimal.ONE));
        assertThrows(NullPointerException.class, () -> Decimal.toLogical(Schema.BYTES_SCHEMA, new byte[]{1}));
    }

    @Test
    void aNonNumericScaleIsReportedWithItsCause() {
        Schema badScale = SchemaBuilder.bytes().parameter("scale", "abc").build();
        DataException e = assertThrows(DataException.class, () -> Decimal.fromLogical(badScale, BigDecimal.ONE));
        assertEquals("Invalid scale parameter found in Decimal schema: ", e.getMessage());
        assertInstanceOf(NumberFormatException.class, e.getCause());
        e = assertThrows(DataException.class, () -> Decimal.toLogical(badScale, new byte[]{1}));
        assertEquals("Invalid scale parameter found in Decimal schema: ", e.getMessage());
    }

    @Test
    void nullOrEmptyInputsFailLikeTheJdk() {
        assertThrows(NullPointerException.class, () -> Decimal.fromLogical(Decimal.schema(2), null));
        assertThrows(NullPointerException.class, () -> Decimal.fromLogical(null, BigDecimal.ONE));
        assertThrows(NullPointerException.class, () -> Decimal.toLogical(Decimal.schema(2), null));
        assertThrows(NumberFormatException.class, () -> Decimal.toLogical(Decimal.schema(2), new byte[0]));
    }
}
