/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.Test;

/** The string converter for keys, values and headers, as observed on Apache 4.3.1. */
class StringConverterTest {

    private static StringConverter converter(Map<String, ?> configs, boolean isKey) {
        StringConverter converter = new StringConverter();
        converter.configure(configs, isKey);
        return converter;
    }

    private final StringConverter converter = converter(Map.of(), false);

    @Test
    void writesStringsAsUtf8ByDefault() {
        assertArrayEquals("héllo".getBytes(UTF_8), converter.fromConnectData("t", Schema.STRING_SCHEMA, "héllo"));
        assertArrayEquals(new byte[0], converter.fromConnectData("t", Schema.STRING_SCHEMA, ""));
    }

    @Test
    void worksWithoutBeingConfigured() {
        StringConverter unconfigured = new StringConverter();
        assertArrayEquals("héllo".getBytes(UTF_8), unconfigured.fromConnectData("t", null, "héllo"));
        assertEquals("héllo", unconfigured.toConnectData("t", "héllo".getBytes(UTF_8)).value());
        assertArrayEquals("x".getBytes(UTF_8), unconfigured.fromConnectHeader("t", "h", null, "x"));
    }

    @Test
    void writesAnyOtherValueAsItsToStringIgnoringTheSchema() {
        assertArrayEquals("12".getBytes(UTF_8), converter.fromConnectData("t", Schema.INT32_SCHEMA, 12));
        assertArrayEquals("12".getBytes(UTF_8), converter.fromConnectData("t", Schema.STRING_SCHEMA, 12));
        assertArrayEquals("1.0".getBytes(UTF_8), converter.fromConnectData("t", null, 1.0));
        assertArrayEquals("[1, a]".getBytes(UTF_8), converter.fromConnectData("t", null, Arrays.asList(1, "a")));
        assertArrayEquals("{a=1}".getBytes(UTF_8), converter.fromConnectData("t", null, Collections.singletonMap("a", 1)));
        Schema schema = SchemaBuilder.struct().field("f", Schema.INT32_SCHEMA).build();
        assertArrayEquals("Struct{f=1}".getBytes(UTF_8), converter.fromConnectData("t", null, new Struct(schema).put("f", 1)));
        byte[] bytes = {65};
        assertArrayEquals(bytes.toString().getBytes(UTF_8), converter.fromConnectData("t", Schema.BYTES_SCHEMA, bytes));
    }

    @Test
    void toStringFailuresAreNotWrapped() {
        Object broken = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("boom");
            }
        };
        assertEquals("boom", assertThrows(IllegalStateException.class,
                () -> converter.fromConnectData("t", null, broken)).getMessage());
    }

    @Test
    void nullIsWrittenAsNull() {
        assertNull(converter.fromConnectData("t", Schema.OPTIONAL_STRING_SCHEMA, null));
        assertNull(converter.fromConnectHeader("t", "h", null, null));
    }

    @Test
    void readsAnOptionalStringEvenForNull() {
        SchemaAndValue read = converter.toConnectData("t", "héllo".getBytes(UTF_8));
        assertSame(Schema.OPTIONAL_STRING_SCHEMA, read.schema());
        assertEquals("héllo", read.value());

        SchemaAndValue nothing = converter.toConnectData("t", null);
        assertSame(Schema.OPTIONAL_STRING_SCHEMA, nothing.schema());
        assertNull(nothing.value());
        assertNotSame(SchemaAndValue.NULL, nothing);

        assertEquals("", converter.toConnectData("t", new byte[0]).value());
    }

    @Test
    void invalidBytesAreReadAsReplacementCharacters() {
        SchemaAndValue read = converter.toConnectData("t", new byte[] {(byte) 0xff, (byte) 0xfe, 65});
        assertEquals("\uFFFD\uFFFDA", read.value());
    }

    @Test
    void headerAwareVariantsBehaveLikeThePlainOnes() {
        assertArrayEquals("x".getBytes(UTF_8), converter.fromConnectData("t", new RecordHeaders(), Schema.STRING_SCHEMA, "x"));
        assertEquals("x", converter.toConnectData("t", new RecordHeaders(), "x".getBytes(UTF_8)).value());
    }

    @Test
    void headersAreConvertedLikeValues() {
        assertArrayEquals("5".getBytes(UTF_8), converter.fromConnectHeader("t", "h", Schema.INT32_SCHEMA, 5));
        SchemaAndValue read = converter.toConnectHeader("t", "h", "abc".getBytes(UTF_8));
        assertSame(Schema.OPTIONAL_STRING_SCHEMA, read.schema());
        assertEquals("abc", read.value());
        assertNull(converter.toConnectHeader("t", "h", null).value());
    }

    @Test
    void configDefIsTheSharedStringConverterConfigDef() {
        assertSame(StringConverterConfig.configDef(), converter.config());
        assertSame(converter.config(), new StringConverter().config());
    }

    @Test
    void versionIsTheKafkaVersion() {
        assertEquals("4.3.1", converter.version());
    }

    @Test
    void closeDoesNothing() {
        converter.close();
        assertArrayEquals("x".getBytes(UTF_8), converter.fromConnectData("t", null, "x"));
    }

    @Test
    void configureForKeysOrValuesIgnoresAnyConfiguredType() {
        StringConverter withBadType = converter(Map.of("converter.type", "bad"), false);
        assertArrayEquals("x".getBytes(UTF_8), withBadType.fromConnectData("t", null, "x"));
    }

    @Test
    void configureForHeadersNeedsAValidType() {
        StringConverter headerConverter = new StringConverter();
        assertEquals("Missing required configuration \"converter.type\" which has no default value.",
                assertThrows(ConfigException.class, () -> headerConverter.configure(Map.of())).getMessage());
        assertEquals("Invalid value HEADER for configuration converter.type: String must be one of: key, value, header",
                assertThrows(ConfigException.class,
                        () -> headerConverter.configure(Map.of("converter.type", "HEADER"))).getMessage());
        headerConverter.configure(Map.of("converter.type", "header"));
        assertArrayEquals("x".getBytes(UTF_8), headerConverter.fromConnectHeader("t", "h", null, "x"));
    }

    @Test
    void configureDoesNotChangeTheCallersMapAndRejectsNull() {
        Map<String, Object> configs = new HashMap<>(Map.of("converter.encoding", "UTF-16"));
        converter(configs, false);
        assertEquals(Map.of("converter.encoding", "UTF-16"), configs);
        Map<String, Object> headerConfigs = new HashMap<>(Map.of("converter.type", "header"));
        new StringConverter().configure(headerConfigs);
        assertEquals(Map.of("converter.type", "header"), headerConfigs);

        assertThrows(NullPointerException.class, () -> converter(null, false));
        assertThrows(NullPointerException.class, () -> new StringConverter().configure((Map<String, ?>) null));
    }
}
