/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.converters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.storage.ConverterConfig;
import org.apache.kafka.connect.storage.ConverterType;
import org.junit.jupiter.api.Test;

/** The boolean converter for keys, values and headers, as observed on Apache 4.3.1. */
class BooleanConverterTest {

    private final BooleanConverter converter = new BooleanConverter();

    @Test
    void writesTrueAsOneAndFalseAsZero() {
        assertArrayEquals(new byte[] {1}, converter.fromConnectData("t", null, true));
        assertArrayEquals(new byte[] {0}, converter.fromConnectData("t", null, false));
        assertArrayEquals(new byte[] {1}, converter.fromConnectData("t", Schema.BOOLEAN_SCHEMA, true));
        Schema named = SchemaBuilder.bool().name("flag").build();
        assertArrayEquals(new byte[] {1}, converter.fromConnectData("t", named, true));
        assertArrayEquals(new byte[] {1}, converter.fromConnectHeader("t", "h", null, true));
    }

    @Test
    void readsOneAndZeroBackWithTheOptionalBooleanSchema() {
        SchemaAndValue yes = converter.toConnectData("t", new byte[] {1});
        assertSame(Schema.OPTIONAL_BOOLEAN_SCHEMA, yes.schema());
        assertSame(Boolean.TRUE, yes.value());
        assertEquals(false, converter.toConnectData("t", new byte[] {0}).value());

        SchemaAndValue header = converter.toConnectHeader("t", "h", new byte[] {0});
        assertSame(Schema.OPTIONAL_BOOLEAN_SCHEMA, header.schema());
        assertEquals(false, header.value());
    }

    @Test
    void nullsPassThroughInBothDirections() {
        assertNull(converter.fromConnectData("t", null, null));
        assertNull(converter.fromConnectData("t", Schema.OPTIONAL_BOOLEAN_SCHEMA, null));
        SchemaAndValue read = converter.toConnectData("t", null);
        assertSame(Schema.OPTIONAL_BOOLEAN_SCHEMA, read.schema());
        assertNull(read.value());
        assertNull(converter.toConnectHeader("t", "h", null).value());
    }

    @Test
    void aSchemaOfAnotherTypeIsRejectedEvenForNull() {
        DataException e = assertThrows(DataException.class,
                () -> converter.fromConnectData("t", Schema.STRING_SCHEMA, null));
        assertEquals("Invalid schema type for BooleanConverter: STRING", e.getMessage());
        DataException header = assertThrows(DataException.class,
                () -> converter.fromConnectHeader("t", "h", Schema.INT8_SCHEMA, true));
        assertEquals("Invalid schema type for BooleanConverter: INT8", header.getMessage());
    }

    @Test
    void valuesThatAreNotBooleansAreRejected() {
        for (Object wrong : List.of(5, "true", (byte) 1, new byte[] {1})) {
            DataException e = assertThrows(DataException.class, () -> converter.fromConnectData("t", null, wrong));
            assertEquals("BooleanConverter is not compatible with objects of type " + wrong.getClass(), e.getMessage());
            assertNull(e.getCause());
        }
        DataException withSchema = assertThrows(DataException.class,
                () -> converter.fromConnectData("t", Schema.BOOLEAN_SCHEMA, 5));
        assertEquals("BooleanConverter is not compatible with objects of type class java.lang.Integer",
                withSchema.getMessage());
    }

    @Test
    void bytesOfTheWrongLengthAreADataExceptionNamingTheTopic() {
        for (byte[] wrong : List.of(new byte[0], new byte[] {0, 1}, new byte[4])) {
            DataException e = assertThrows(DataException.class, () -> converter.toConnectData("flags", wrong));
            // Apache's text is "Failed to deserialize boolean: "; ours appends the topic and the reason.
            assertEquals("Failed to deserialize boolean: invalid data in topic 'flags' "
                    + "(Size of data received by BooleanDeserializer is not 1)", e.getMessage());
            assertInstanceOf(SerializationException.class, e.getCause());
        }
    }

    @Test
    void aSingleByteOtherThanZeroOrOneIsADataException() {
        DataException two = assertThrows(DataException.class, () -> converter.toConnectData("flags", new byte[] {2}));
        assertEquals("Failed to deserialize boolean: invalid data in topic 'flags' "
                + "(Unexpected byte received by BooleanDeserializer: 2)", two.getMessage());
        DataException minusOne = assertThrows(DataException.class,
                () -> converter.toConnectHeader("flags", "h", new byte[] {(byte) 0xff}));
        assertEquals("Failed to deserialize boolean: invalid data in topic 'flags' "
                + "(Unexpected byte received by BooleanDeserializer: -1)", minusOne.getMessage());
        assertEquals("Unexpected byte received by BooleanDeserializer: -1", minusOne.getCause().getMessage());
    }

    @Test
    void configureWithoutAFlagRequiresAValidConverterType() {
        ConfigException missing = assertThrows(ConfigException.class, () -> converter.configure(new HashMap<>()));
        assertEquals("Missing required configuration \"converter.type\" which has no default value.",
                missing.getMessage());
        ConfigException invalid = assertThrows(ConfigException.class,
                () -> converter.configure(Map.of(ConverterConfig.TYPE_CONFIG, "foo")));
        assertEquals("Invalid value foo for configuration converter.type: String must be one of: key, value, header",
                invalid.getMessage());
        converter.configure(Map.of(ConverterConfig.TYPE_CONFIG, "header"));
    }

    @Test
    void theKeyFlagOverridesAnyConverterTypeSetting() {
        converter.configure(Map.of(), true);
        converter.configure(Map.of(ConverterConfig.TYPE_CONFIG, "foo"), false);
        assertArrayEquals(new byte[] {1}, converter.fromConnectData("t", null, true));
    }

    @Test
    void worksAfterClose() {
        converter.close();
        assertArrayEquals(new byte[] {0}, converter.fromConnectData("t", null, false));
    }

    @Test
    void exposesOnlyTheConverterTypeSettingAndTheKafkaVersion() {
        ConfigDef def = converter.config();
        assertSame(BooleanConverterConfig.configDef(), def);
        assertEquals(ConverterConfig.newConfigDef().names(), def.names());
        ConfigDef.ConfigKey key = def.configKeys().get(ConverterConfig.TYPE_CONFIG);
        assertEquals(ConfigDef.Type.STRING, key.type);
        assertSame(ConfigDef.NO_DEFAULT_VALUE, key.defaultValue);
        assertEquals(ConfigDef.Importance.LOW, key.importance);
        assertEquals("How this converter will be used.", key.documentation);
        assertEquals("[key, value, header]", key.validator.toString());
        assertEquals("4.3.1", converter.version());
    }

    @Test
    void theConfigReadsTheConverterType() {
        assertEquals(ConverterType.HEADER, new BooleanConverterConfig(Map.of("converter.type", "header")).type());
        assertThrows(ConfigException.class, () -> new BooleanConverterConfig(Map.of()));
    }
}
