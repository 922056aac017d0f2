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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.storage.ConverterConfig;
import org.apache.kafka.connect.storage.ConverterType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The short, integer, long, float and double converters, as observed on Apache 4.3.1. */
class NumberConvertersTest {

    private static final byte[] FIVE_AND_A_HALF_AS_FLOAT = {0x40, (byte) 0xb0, 0, 0};
    private static final byte[] FIVE_AND_A_HALF_AS_DOUBLE = {0x40, 0x16, 0, 0, 0, 0, 0, 0};

    /** One row per converter: a fresh instance, its type name, schema, a sample value and that value's bytes. */
    static Stream<Arguments> converters() {
        return Stream.of(
                Arguments.of(new ShortConverter(), "short", Schema.OPTIONAL_INT16_SCHEMA, (short) -2,
                        new byte[] {(byte) 0xff, (byte) 0xfe}, "ShortDeserializer is not 2"),
                Arguments.of(new IntegerConverter(), "integer", Schema.OPTIONAL_INT32_SCHEMA, 1085276160,
                        new byte[] {0x40, (byte) 0xb0, 0, 0}, "IntegerDeserializer is not 4"),
                Arguments.of(new LongConverter(), "long", Schema.OPTIONAL_INT64_SCHEMA, Long.MIN_VALUE,
                        new byte[] {(byte) 0x80, 0, 0, 0, 0, 0, 0, 0}, "LongDeserializer is not 8"),
                Arguments.of(new FloatConverter(), "float", Schema.OPTIONAL_FLOAT32_SCHEMA, 5.5f,
                        FIVE_AND_A_HALF_AS_FLOAT, "Deserializer is not 4"),
                Arguments.of(new DoubleConverter(), "double", Schema.OPTIONAL_FLOAT64_SCHEMA, 5.5d,
                        FIVE_AND_A_HALF_AS_DOUBLE, "Deserializer is not 8"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("converters")
    void writesTheBigEndianBytesOfTheKafkaSerializer(NumberConverter<?> converter, String type, Schema schema,
            Object sample, byte[] bytes) {
        assertArrayEquals(bytes, converter.fromConnectData("topicA", null, sample));
        assertArrayEquals(bytes, converter.fromConnectHeader("topicA", "h", null, sample));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("converters")
    void readsBytesBackWithTheOptionalSchemaOfItsType(NumberConverter<?> converter, String type, Schema schema,
            Object sample, byte[] bytes) {
        SchemaAndValue read = converter.toConnectData("topicA", bytes);
        assertSame(schema, read.schema());
        assertEquals(sample, read.value());

        SchemaAndValue header = converter.toConnectHeader("topicA", "h", bytes);
        assertSame(schema, header.schema());
        assertEquals(sample, header.value());
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("converters")
    void nullsPassThroughInBothDirections(NumberConverter<?> converter, String type, Schema schema) {
        assertNull(converter.fromConnectData("topicA", null, null));
        assertNull(converter.fromConnectHeader("topicA", "h", schema, null));

        SchemaAndValue read = converter.toConnectData("topicA", null);
        assertSame(schema, read.schema());
        assertNull(read.value());
        assertSame(schema, converter.toConnectHeader("topicA", "h", null).schema());
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("converters")
    void bytesOfTheWrongLengthAreADataExceptionNamingTypeAndTopic(NumberConverter<?> converter, String type,
            Schema schema, Object sample, byte[] bytes, String sizeComplaint) {
        for (byte[] wrong : List.of(new byte[0], new byte[] {1}, new byte[] {1, 2, 3}, new byte[bytes.length + 1])) {
            DataException e = assertThrows(DataException.class, () -> converter.toConnectData("orders", wrong));
            String reason = "Size of data received by " + sizeComplaint;
            // Apache's text is "Failed to deserialize <type>: "; ours appends the topic and the reason.
            assertEquals("Failed to deserialize " + type + ": invalid data in topic 'orders' (" + reason + ")",
                    e.getMessage());
            assertInstanceOf(SerializationException.class, e.getCause());
            assertEquals(reason, e.getCause().getMessage());
        }
        DataException header = assertThrows(DataException.class,
                () -> converter.toConnectHeader("orders", "h", new byte[] {1, 2, 3}));
        String expectedStart = "Failed to deserialize " + type + ": invalid data in topic 'orders'";
        assertTrue(header.getMessage().startsWith(expectedStart));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("converters")
    void valuesThatAreNotNumbersAreRejectedWithTheFailedCastAsCause(NumberConverter<?> converter, String type) {
        for (Object wrong : List.of("5", true, new byte[] {1})) {
            DataException e = assertThrows(DataException.class,
                    () -> converter.fromConnectData("topicA", null, wrong));
            assertEquals("Failed to serialize to " + type + " (was " + wrong.getClass() + "): ", e.getMessage());
            assertInstanceOf(ClassCastException.class, e.getCause());
            assertTrue(e.getCause().getMessage().contains("cannot be cast to class java.lang.Number"),
                    e.getCause().getMessage());
        }
        DataException header = assertThrows(DataException.class,
                () -> converter.fromConnectHeader("topicA", "h", null, "x"));
        assertEquals("Failed to serialize to " + type + " (was class java.lang.String): ", header.getMessage());
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("converters")
    void numbersOfAnotherTypeAreRejectedNotWidenedOrNarrowed(NumberConverter<?> converter, String type) {
        DataException e = assertThrows(DataException.class,
                () -> converter.fromConnectData("topicA", null, new BigDecimal("5")));
        assertEquals("Failed to serialize to " + type + " (was class java.math.BigDecimal): ", e.getMessage());
        assertInstanceOf(ClassCastException.class, e.getCause());
        assertTrue(e.getCause().getMessage()
                .startsWith("class java.math.BigDecimal cannot be cast to class java.lang."));
        assertThrows(DataException.class, () -> converter.fromConnectData("topicA", null, (byte) 5));
    }

    @Test
    void eachConverterTakesOnlyItsOwnBoxedType() {
        assertArrayEquals(new byte[] {0, 5}, new ShortConverter().fromConnectData("t", null, (short) 5));
        assertArrayEquals(new byte[] {0, 0, 0, 5}, new IntegerConverter().fromConnectData("t", null, 5));
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, 0, 5}, new LongConverter().fromConnectData("t", null, 5L));

        DataException shortFromInt = assertThrows(DataException.class,
                () -> new ShortConverter().fromConnectData("t", null, 5));
        assertEquals("Failed to serialize to short (was class java.lang.Integer): ", shortFromInt.getMessage());
        DataException longFromInt = assertThrows(DataException.class,
                () -> new LongConverter().fromConnectData("t", null, 5));
        assertEquals("Failed to serialize to long (was class java.lang.Integer): ", longFromInt.getMessage());
        DataException doubleFromFloat = assertThrows(DataException.class,
                () -> new DoubleConverter().fromConnectData("t", null, 5.5f));
        assertEquals("Failed to serialize to double (was class java.lang.Float): ", doubleFromFloat.getMessage());
        DataException intFromShort = assertThrows(DataException.class,
                () -> new IntegerConverter().fromConnectData("t", null, (short) 5));
        assertTrue(intFromShort.getCause().getMessage()
                .startsWith("class java.lang.Short cannot be cast to class java.lang.Integer"));
    }

    @Test
    void theSchemaIsIgnoredWhenWriting() {
        assertArrayEquals(new byte[] {0, 0, 0, 5},
                new IntegerConverter().fromConnectData("t", Schema.STRING_SCHEMA, 5));
        assertArrayEquals(FIVE_AND_A_HALF_AS_DOUBLE,
                new DoubleConverter().fromConnectData("t", Schema.BOOLEAN_SCHEMA, 5.5d));
    }

    @Test
    void specialFloatingPointValuesKeepTheirBits() {
        assertArrayEquals(new byte[] {(byte) 0x80, 0, 0, 0}, new FloatConverter().fromConnectData("t", null, -0.0f));
        assertArrayEquals(new byte[] {0x7f, (byte) 0xf8, 0, 0, 0, 0, 0, 0},
                new DoubleConverter().fromConnectData("t", null, Double.NaN));
        assertEquals(Float.MIN_VALUE, new FloatConverter().toConnectData("t", new byte[] {0, 0, 0, 1}).value());
        assertEquals(Double.MIN_VALUE,
                new DoubleConverter().toConnectData("t", new byte[] {0, 0, 0, 0, 0, 0, 0, 1}).value());
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("converters")
    void worksWithoutConfigureAndAfterClose(NumberConverter<?> converter, String type, Schema schema, Object sample,
            byte[] bytes) {
        converter.close();
        assertArrayEquals(bytes, converter.fromConnectData("t", null, sample));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("converters")
    void configureWithoutAFlagRequiresAValidConverterType(NumberConverter<?> converter) {
        ConfigException missing = assertThrows(ConfigException.class, () -> converter.configure(new HashMap<>()));
        assertEquals("Missing required configuration \"converter.type\" which has no default value.",
                missing.getMessage());
        ConfigException invalid = assertThrows(ConfigException.class,
                () -> converter.configure(Map.of(ConverterConfig.TYPE_CONFIG, "foo")));
        assertEquals("Invalid value foo for configuration converter.type: String must be one of: key, value, header",
                invalid.getMessage());
        converter.configure(Map.of(ConverterConfig.TYPE_CONFIG, "header"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("converters")
    void theKeyFlagOverridesAnyConverterTypeSetting(NumberConverter<?> converter) {
        converter.configure(Map.of(), true);
        converter.configure(Map.of(ConverterConfig.TYPE_CONFIG, "foo"), false);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("converters")
    void exposesOnlyTheConverterTypeSettingAndTheKafkaVersion(NumberConverter<?> converter) {
        ConfigDef def = converter.config();
        assertSame(NumberConverterConfig.configDef(), def);
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
        assertEquals(ConverterType.KEY, new NumberConverterConfig(Map.of("converter.type", "key")).type());
        assertEquals(Map.of("converter.type", "header"),
                new NumberConverterConfig(Map.of("converter.type", "header", "other", "x")).values());
        assertThrows(ConfigException.class, () -> new NumberConverterConfig(Map.of()));
    }
}
