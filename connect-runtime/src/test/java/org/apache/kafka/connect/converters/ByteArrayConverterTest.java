/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.converters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.storage.ConverterConfig;
import org.junit.jupiter.api.Test;

/** The pass-through byte array converter for keys, values and headers, as observed on Apache 4.3.1. */
class ByteArrayConverterTest {

    private final ByteArrayConverter converter = new ByteArrayConverter();

    @Test
    void writesAByteArrayAsTheSameArray() {
        byte[] bytes = {1, 2, 3};
        assertSame(bytes, converter.fromConnectData("t", null, bytes));
        assertSame(bytes, converter.fromConnectData("t", Schema.BYTES_SCHEMA, bytes));
        assertSame(bytes, converter.fromConnectHeader("t", "h", Schema.OPTIONAL_BYTES_SCHEMA, bytes));
    }

    @Test
    void readsBytesBackAsTheSameArrayWithTheOptionalBytesSchema() {
        byte[] bytes = {(byte) 0xff, 0};
        SchemaAndValue read = converter.toConnectData("t", bytes);
        assertSame(Schema.OPTIONAL_BYTES_SCHEMA, read.schema());
        assertSame(bytes, read.value());
        assertArrayEquals(new byte[0], (byte[]) converter.toConnectData("t", new byte[0]).value());

        SchemaAndValue header = converter.toConnectHeader("t", "h", bytes);
        assertSame(Schema.OPTIONAL_BYTES_SCHEMA, header.schema());
        assertSame(bytes, header.value());
    }

    @Test
    void nullsPassThroughInBothDirections() {
        assertNull(converter.fromConnectData("t", null, null));
        assertNull(converter.fromConnectData("t", Schema.BYTES_SCHEMA, null));
        SchemaAndValue read = converter.toConnectData("t", null);
        assertSame(Schema.OPTIONAL_BYTES_SCHEMA, read.schema());
        assertNull(read.value());
        assertNull(converter.toConnectHeader("t", "h", null).value());
    }

    @Test
    void aByteBufferIsCopiedFromItsStartToItsLimitWhateverItsPosition() {
        ByteBuffer window = ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5}, 1, 3);
        byte[] written = converter.fromConnectData("t", null, window);
        assertArrayEquals(new byte[] {1, 2, 3, 4}, written);
        assertEquals(4, window.position());

        ByteBuffer whole = ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5});
        whole.position(2);
        byte[] copy = converter.fromConnectData("t", null, whole);
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5}, copy);
        assertNotSame(whole.array(), copy);

        ByteBuffer slice = ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5}, 1, 3).slice();
        assertArrayEquals(new byte[] {2, 3, 4}, converter.fromConnectData("t", null, slice));
    }

    @Test
    void directAndReadOnlyBuffersAreCopiedToo() {
        ByteBuffer direct = ByteBuffer.allocateDirect(4);
        direct.put(new byte[] {9, 8, 7, 6}).flip().get();
        assertArrayEquals(new byte[] {9, 8, 7, 6}, converter.fromConnectData("t", null, direct));

        ByteBuffer readOnly = ByteBuffer.wrap(new byte[] {1, 2, 3}).asReadOnlyBuffer();
        readOnly.get();
        assertArrayEquals(new byte[] {1, 2, 3}, converter.fromConnectHeader("t", "h", null, readOnly));
    }

    @Test
    void otherValuesAreRejected() {
        for (Object wrong : List.of("x", 5, true, new BigDecimal("1.00"), new Byte[] {1})) {
            DataException e = assertThrows(DataException.class, () -> converter.fromConnectData("t", null, wrong));
            assertEquals("ByteArrayConverter is not compatible with objects of type " + wrong.getClass(),
                    e.getMessage());
        }
        DataException decimal = assertThrows(DataException.class,
                () -> converter.fromConnectData("t", Decimal.schema(2), new BigDecimal("1.00")));
        assertEquals("ByteArrayConverter is not compatible with objects of type class java.math.BigDecimal",
                decimal.getMessage());
    }

    @Test
    void anyBytesTypedSchemaIsAcceptedButOtherSchemaTypesAreRejectedEvenForNull() {
        assertArrayEquals(new byte[] {7}, converter.fromConnectData("t", Decimal.schema(2), new byte[] {7}));
        DataException e = assertThrows(DataException.class,
                () -> converter.fromConnectData("t", Schema.STRING_SCHEMA, null));
        assertEquals("Invalid schema type for ByteArrayConverter: STRING", e.getMessage());
        DataException header = assertThrows(DataException.class,
                () -> converter.fromConnectHeader("t", "h", Schema.INT32_SCHEMA, new byte[0]));
        assertEquals("Invalid schema type for ByteArrayConverter: INT32", header.getMessage());
    }

    @Test
    void acceptsAnySettingsEvenWithoutAConverterType() {
        converter.configure(new HashMap<>());
        converter.configure(Map.of(ConverterConfig.TYPE_CONFIG, "foo"));
        converter.configure(Map.of(), true);
        converter.close();
        assertArrayEquals(new byte[] {1}, converter.fromConnectData("t", null, new byte[] {1}));
    }

    @Test
    void exposesOnlyTheConverterTypeSettingAndTheKafkaVersion() {
        ConfigDef def = converter.config();
        assertSame(def, new ByteArrayConverter().config());
        assertEquals(ConverterConfig.newConfigDef().names(), def.names());
        ConfigDef.ConfigKey key = def.configKeys().get(ConverterConfig.TYPE_CONFIG);
        assertEquals(ConfigDef.Type.STRING, key.type);
        assertSame(ConfigDef.NO_DEFAULT_VALUE, key.defaultValue);
        assertEquals(ConfigDef.Importance.LOW, key.importance);
        assertEquals("How this converter will be used.", key.documentation);
        assertEquals("[key, value, header]", key.validator.toString());
        assertEquals("4.3.1", converter.version());
    }
}
