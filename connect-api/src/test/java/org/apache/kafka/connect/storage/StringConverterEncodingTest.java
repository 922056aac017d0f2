/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.storage;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Which character set the string converter uses: converter.encoding sets both directions, and Kafka's own
 * key/value specific (de)serializer encodings still take precedence, as observed on Apache 4.3.1.
 */
@DisplayName("StringConverter (encoding configs)")
class StringConverterEncodingTest {

    private static final byte[] HI_UTF16 = {(byte) 0xfe, (byte) 0xff, 0, 'h', 0, 'i'};
    /** "hé" in UTF-16 with byte order mark. */
    private static final byte[] HE_UTF16 = {(byte) 0xfe, (byte) 0xff, 0, 'h', 0, (byte) 0xe9};
    /** "hé" in ISO-8859-1. */
    private static final byte[] HE_LATIN1 = {'h', (byte) 0xe9};

    private static StringConverter converter(Map<String, ?> configs, boolean isKey) {
        StringConverter converter = new StringConverter();
        converter.configure(configs, isKey);
        return converter;
    }

    @Test
    void converterEncodingAppliesToBothDirections() {
        StringConverter utf16 = converter(Map.of("converter.encoding", "UTF-16"), false);
        assertArrayEquals(HI_UTF16, utf16.fromConnectData("t", null, "hi"));
        assertEquals("hi", utf16.toConnectData("t", "hi".getBytes(UTF_16)).value());
        assertArrayEquals(HI_UTF16, utf16.fromConnectHeader("t", "h", null, "hi"));
    }

    @Test
    void charsetNamesAreCaseInsensitive() {
        StringConverter utf16le = converter(Map.of("converter.encoding", "utf-16le"), false);
        assertArrayEquals(new byte[] {'h', 0, 'i', 0}, utf16le.fromConnectData("t", null, "hi"));
    }

    @Test
    void converterEncodingOverridesTheGenericSerializerAndDeserializerEncodings() {
        StringConverter serializerSet = converter(
                Map.of("converter.encoding", "UTF-16", "serializer.encoding", "ISO-8859-1"), false);
        assertArrayEquals(HE_UTF16, serializerSet.fromConnectData("t", null, "hé"));

        StringConverter deserializerSet = converter(
                Map.of("converter.encoding", "UTF-16", "deserializer.encoding", "ISO-8859-1"), false);
        // The two Latin-1 bytes are read as a single UTF-16 code unit.
        assertEquals("\u68e9", deserializerSet.toConnectData("t", HE_LATIN1).value());
    }

    @Test
    void defaultEncodingAlsoOverridesTheGenericSerializerEncoding() {
        StringConverter serializerSet = converter(Map.of("serializer.encoding", "nope"), false);
        assertArrayEquals("x".getBytes(UTF_8), serializerSet.fromConnectData("t", null, "x"));
    }

    @Test
    void keySpecificEncodingsWinForKeyConverters() {
        Map<String, String> perRole = Map.of(
                "key.serializer.encoding", "UTF-16", "value.serializer.encoding", "ISO-8859-1");
        assertArrayEquals(HE_UTF16, converter(perRole, true).fromConnectData("t", null, "hé"));

        StringConverter keyOverConverterEncoding = converter(Map.of(
                "converter.encoding", "UTF-16", "serializer.encoding", "UTF-8",
                "key.serializer.encoding", "ISO-8859-1"), true);
        assertArrayEquals(HE_LATIN1, keyOverConverterEncoding.fromConnectData("t", null, "hé"));

        StringConverter keyDeserializer = converter(Map.of("key.deserializer.encoding", "UTF-16"), true);
        assertEquals("hi", keyDeserializer.toConnectData("t", "hi".getBytes(UTF_16)).value());
    }

    @Test
    void valueSpecificEncodingsWinForValueConverters() {
        Map<String, String> perRole = Map.of(
                "key.serializer.encoding", "UTF-16", "value.serializer.encoding", "ISO-8859-1");
        assertArrayEquals(HE_LATIN1, converter(perRole, false).fromConnectData("t", null, "hé"));
        StringConverter valueOverConverterEncoding = converter(Map.of(
                "converter.encoding", "UTF-16", "value.serializer.encoding", "ISO-8859-1"), false);
        assertArrayEquals(HE_LATIN1, valueOverConverterEncoding.fromConnectData("t", null, "hé"));

        StringConverter valueDeserializer = converter(Map.of("value.deserializer.encoding", "ISO-8859-1"), false);
        assertEquals("hé", valueDeserializer.toConnectData("t", HE_LATIN1).value());
    }

    @Test
    void headerConvertersUseValueEncodingsUnlessTypedAsKey() {
        Map<String, Object> configs = new HashMap<>(Map.of(
                "key.serializer.encoding", "UTF-16", "value.serializer.encoding", "ISO-8859-1"));
        configs.put("converter.type", "header");
        StringConverter header = new StringConverter();
        header.configure(configs);
        assertArrayEquals(HE_LATIN1, header.fromConnectHeader("t", "h", null, "hé"));

        configs.put("converter.type", "key");
        StringConverter key = new StringConverter();
        key.configure(configs);
        assertArrayEquals(HE_UTF16, key.fromConnectHeader("t", "h", null, "hé"));
    }

    @Test
    void reconfiguringReplacesThePreviousEncoding() {
        StringConverter converter = converter(Map.of("converter.encoding", "UTF-16"), false);
        converter.configure(Map.of(), false);
        assertArrayEquals("hi".getBytes(UTF_8), converter.fromConnectData("t", null, "hi"));
    }

    @Test
    void unknownEncodingFailsAtConfigureTime() {
        SerializationException e = assertThrows(SerializationException.class,
                () -> converter(Map.of("converter.encoding", "nope"), false));
        assertEquals("Unsupported encoding nope", e.getMessage());
        assertInstanceOf(java.nio.charset.UnsupportedCharsetException.class, e.getCause());

        assertThrows(SerializationException.class, () -> converter(Map.of("converter.encoding", ""), false));
    }

    @Test
    void encodingMustBeAString() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> converter(Map.of("converter.encoding", 5), false));
        assertEquals("Invalid value 5 for configuration converter.encoding: Expected value to be a string, "
                + "but it was a java.lang.Integer", e.getMessage());
    }

    @Test
    void latin1RoundTrip() {
        StringConverter latin1 = converter(Map.of("converter.encoding", "ISO-8859-1"), true);
        assertArrayEquals("hé".getBytes(ISO_8859_1), latin1.fromConnectData("t", null, "hé"));
        assertEquals("hé", latin1.toConnectData("t", HE_LATIN1).value());
    }
}
