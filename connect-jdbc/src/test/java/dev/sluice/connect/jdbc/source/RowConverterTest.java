/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.jdbc.dialect.ColumnDef;
import dev.sluice.connect.jdbc.dialect.NumericMapping;
import dev.sluice.connect.jdbc.dialect.PostgresDialect;
import java.sql.Types;
import java.util.List;

import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.junit.jupiter.api.Test;

class RowConverterTest {

    private static final ColumnDef ID = new ColumnDef("id", Types.INTEGER, "int4", 10, 0, false, true, true);

    @Test
    void columnsWithoutARepresentationAndRepeatedNamesAreLeftOut() {
        List<ColumnDef> columns = List.of(ID,
                new ColumnDef("nothing", Types.NULL, "unknown", 0, 0, true, false, true),
                new ColumnDef("id", Types.VARCHAR, "text", 0, 0, true, false, true),
                new ColumnDef("name", Types.VARCHAR, "text", 0, 0, true, false, true));
        RowConverter converter = RowConverter.of(new PostgresDialect(true), NumericMapping.NONE, columns, "orders",
                "table orders");
        Schema schema = converter.schema();
        assertEquals("orders", schema.name());
        assertEquals(List.of("id", "name"), schema.fields().stream().map(Field::name).toList());
        assertEquals(Schema.INT32_SCHEMA, schema.field("id").schema());
        assertEquals(Schema.OPTIONAL_STRING_SCHEMA, schema.field("name").schema());
        assertTrue(converter.fits(columns));
        assertFalse(converter.fits(columns.subList(0, 2)));
    }
}
