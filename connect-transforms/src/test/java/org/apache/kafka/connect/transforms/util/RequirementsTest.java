/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms.util;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequirementsTest {

    private static final String PURPOSE = "some purpose";

    private static void assertDataError(String expectedMessage, Runnable call) {
        DataException e = assertThrows(DataException.class, call::run);
        assertEquals(expectedMessage, e.getMessage());
    }

    @Test
    void requireSchemaRejectsOnlyNull() {
        assertDataError("Schema required for [some purpose]", () -> Requirements.requireSchema(null, PURPOSE));
        assertDoesNotThrow(() -> Requirements.requireSchema(Schema.INT32_SCHEMA, PURPOSE));
    }

    @Test
    void requireMapReturnsTheSameMap() {
        Map<String, Object> map = new HashMap<>(Map.of("a", 1));
        assertSame(map, Requirements.requireMap(map, PURPOSE));
    }

    @Test
    void requireMapNamesTheClassFound() {
        String prefix = "Only Map objects supported in absence of schema for [some purpose], found: ";
        assertDataError(prefix + "null", () -> Requirements.requireMap(null, PURPOSE));
        assertDataError(prefix + "java.lang.Integer", () -> Requirements.requireMap(42, PURPOSE));
        Struct struct = new Struct(SchemaBuilder.struct().field("a", Schema.INT32_SCHEMA).build()).put("a", 1);
        assertDataError(prefix + "org.apache.kafka.connect.data.Struct", () -> Requirements.requireMap(struct, PURPOSE));
    }

    @Test
    void requireMapOrNullLetsNullThroughButNotOtherTypes() {
        assertNull(Requirements.requireMapOrNull(null, PURPOSE));
        assertDataError("Only Map objects supported in absence of schema for [some purpose], found: java.lang.String",
                () -> Requirements.requireMapOrNull("s", PURPOSE));
    }

    @Test
    void requireStructNamesTheClassFound() {
        String prefix = "Only Struct objects supported for [some purpose], found: ";
        assertDataError(prefix + "null", () -> Requirements.requireStruct(null, PURPOSE));
        assertDataError(prefix + "java.lang.Integer", () -> Requirements.requireStruct(42, PURPOSE));
        assertDataError(prefix + "java.util.HashMap", () -> Requirements.requireStruct(new HashMap<>(), PURPOSE));
    }

    @Test
    void requireStructOrNullLetsNullThroughButNotOtherTypes() {
        assertNull(Requirements.requireStructOrNull(null, PURPOSE));
        assertDataError("Only Struct objects supported for [some purpose], found: java.lang.Integer",
                () -> Requirements.requireStructOrNull(42, PURPOSE));
        Struct struct = new Struct(SchemaBuilder.struct().build());
        assertSame(struct, Requirements.requireStructOrNull(struct, PURPOSE));
    }

    @Test
    void requireSinkRecordAcceptsOnlySinkRecords() {
        SinkRecord sink = new SinkRecord("t", 0, null, null, null, null, 5);
        assertSame(sink, Requirements.requireSinkRecord(sink, PURPOSE));
        SourceRecord source = new SourceRecord(null, null, "t", 0, null, null);
        assertDataError("Only SinkRecord supported for [some purpose], found: "
                + "org.apache.kafka.connect.source.SourceRecord", () -> Requirements.requireSinkRecord(source, PURPOSE));
        assertDataError("Only SinkRecord supported for [some purpose], found: null",
                () -> Requirements.requireSinkRecord(null, PURPOSE));
    }
}
