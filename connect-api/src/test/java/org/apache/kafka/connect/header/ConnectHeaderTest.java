/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Objects;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.header.ConnectHeadersAddTest.FixedHeader;
import org.junit.jupiter.api.Test;

/** The header instances that ConnectHeaders creates, as observed on Apache 4.3.1. */
class ConnectHeaderTest {

    private static Header header(String key, Object value, Schema schema) {
        return new ConnectHeaders().add(key, value, schema).lastWithName(key);
    }

    @Test
    void exposesKeySchemaAndValue() {
        Header header = header("a", 1, Schema.INT32_SCHEMA);
        assertEquals(ConnectHeader.class, header.getClass());
        assertEquals("a", header.key());
        assertEquals(1, header.value());
        assertSame(Schema.INT32_SCHEMA, header.schema());
    }

    @Test
    void withKeepsTheKeyAndAlwaysCreatesANewHeaderWithoutValidating() {
        Header original = header("a", "5", Schema.STRING_SCHEMA);
        Header same = original.with(Schema.STRING_SCHEMA, "5");
        assertNotSame(original, same);
        assertEquals(original, same);

        Header invalid = original.with(Schema.INT32_SCHEMA, "notint");
        assertEquals("a", invalid.key());
        assertEquals("notint", invalid.value());
        assertSame(Schema.INT32_SCHEMA, invalid.schema());

        Header empty = original.with(null, null);
        assertNull(empty.schema());
        assertNull(empty.value());
        assertEquals("5", original.value());
    }

    @Test
    void renameKeepsSchemaAndValueAndReturnsItselfForTheSameKey() {
        Header original = header("a", 1, Schema.INT32_SCHEMA);
        assertSame(original, original.rename("a"));
        Header renamed = original.rename("b");
        assertEquals("b", renamed.key());
        assertEquals(1, renamed.value());
        assertSame(Schema.INT32_SCHEMA, renamed.schema());
        assertEquals("a", original.key());
    }

    @Test
    void renameToNullIsRejected() {
        Header original = header("a", 1, Schema.INT32_SCHEMA);
        NullPointerException e = assertThrows(NullPointerException.class, () -> original.rename(null));
        assertEquals("Null header keys are not permitted", e.getMessage());
    }

    @Test
    void equalsAnyHeaderWithTheSameKeySchemaAndValue() {
        Header header = header("a", 1, Schema.INT32_SCHEMA);
        assertEquals(header, header("a", 1, Schema.INT32_SCHEMA));
        assertEquals(header, new FixedHeader("a", Schema.INT32_SCHEMA, 1));
        assertNotEquals(header, header("b", 1, Schema.INT32_SCHEMA));
        assertNotEquals(header, header("a", 2, Schema.INT32_SCHEMA));
        assertNotEquals(header, header("a", 1, Schema.OPTIONAL_INT32_SCHEMA));
        assertNotEquals(header, null);
        assertNotEquals(header, "a");
    }

    @Test
    void hashCodeCombinesTheKeyWithTheSchemaAndValuePair() {
        assertEquals(Objects.hash("a", new SchemaAndValue(Schema.STRING_SCHEMA, "5")),
                header("a", "5", Schema.STRING_SCHEMA).hashCode());
        assertEquals(4929, header("a", null, null).hashCode());
    }

    @Test
    void toStringShowsKeyValueAndSchema() {
        assertEquals("ConnectHeader(key=k, value=v, schema=Schema{STRING})", header("k", "v", Schema.STRING_SCHEMA).toString());
        assertEquals("ConnectHeader(key=k, value=1, schema=null)", header("k", 1, null).toString());
        assertEquals("ConnectHeader(key=k, value=1, schema=Schema{n:INT32})",
                header("k", 1, SchemaBuilder.int32().name("n").version(2).build()).toString());
    }
}
