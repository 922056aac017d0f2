/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sluice.connect.jdbc.TableId;
import dev.sluice.connect.jdbc.dialect.Dialect;
import dev.sluice.connect.jdbc.dialect.MariaDbDialect;
import dev.sluice.connect.jdbc.dialect.PostgresDialect;
import java.util.List;

import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.Test;

/** The statements of each mode: identifiers quoted by the dialect, every value a parameter. */
class QueryShapeTest {

    private static final Dialect POSTGRES = new PostgresDialect(true);
    private static final String TABLE = QueryShape.selectFrom(POSTGRES, new TableId(null, "public", "orders"));

    private static QueryShape shape(Mode mode, List<String> timestamps, String suffix) {
        return new QueryShape(POSTGRES, mode, TABLE, "id", timestamps, suffix);
    }

    @Test
    void eachModesStatement() {
        assertEquals("SELECT * FROM \"public\".\"orders\"", shape(Mode.BULK, List.of(), "").sql(true));
        assertEquals("SELECT * FROM \"public\".\"orders\" WHERE \"id\" > ? ORDER BY \"id\" ASC",
                shape(Mode.INCREMENTING, List.of(), null).sql(true));
        assertEquals("SELECT * FROM \"public\".\"orders\" WHERE \"ts\" > ? AND \"ts\" < ? ORDER BY \"ts\" ASC",
                shape(Mode.TIMESTAMP, List.of("ts"), "").sql(false));
        assertEquals("SELECT * FROM \"public\".\"orders\" WHERE \"ts\" < ? AND ((\"ts\" = ? AND \"id\" > ?) OR"
                        + " \"ts\" > ?) ORDER BY \"ts\" ASC, \"id\" ASC",
                shape(Mode.TIMESTAMP_INCREMENTING, List.of("ts"), "").sql(false));
    }

    @Test
    void withoutAnOffsetTheTimestampModesReadEverythingBelowTheUpperBound() {
        assertEquals("SELECT * FROM \"public\".\"orders\" WHERE \"ts\" < ? ORDER BY \"ts\" ASC",
                shape(Mode.TIMESTAMP, List.of("ts"), "").sql(true));
        assertEquals("SELECT * FROM \"public\".\"orders\" WHERE \"ts\" < ? ORDER BY \"ts\" ASC, \"id\" ASC",
                shape(Mode.TIMESTAMP_INCREMENTING, List.of("ts"), "").sql(true));
    }

    @Test
    void severalTimestampColumnsAreCoalescedAndTheSuffixComesLast() {
        assertEquals("SELECT * FROM \"public\".\"orders\" WHERE COALESCE(\"modified\", \"created\") < ? ORDER BY"
                        + " COALESCE(\"modified\", \"created\") ASC FOR SHARE",
                shape(Mode.TIMESTAMP, List.of("modified", "created"), " FOR SHARE ").sql(true));
    }

    @Test
    void aQueryIsWrappedAsADerivedTable() {
        String select = QueryShape.selectFromQuery(" SELECT a.id, b.x FROM a JOIN b ON a.id = b.id; ");
        assertEquals("SELECT * FROM (SELECT a.id, b.x FROM a JOIN b ON a.id = b.id) sluice_query", select);
        assertEquals(select + " WHERE `id` > ? ORDER BY `id` ASC",
                new QueryShape(new MariaDbDialect(true), Mode.INCREMENTING, select, "id", List.of(), "").sql(true));
        assertEquals(select + " WHERE 1 = 0", QueryShape.probe(select));
    }

    @Test
    void quotingCanBeTurnedOffForPlainNamesOnly() {
        Dialect unquoted = new PostgresDialect(false);
        assertEquals("SELECT * FROM orders WHERE id > ? ORDER BY id ASC", new QueryShape(unquoted,
                Mode.INCREMENTING, QueryShape.selectFrom(unquoted, TableId.of("orders")), "id", List.of(), "")
                .sql(true));
        assertThrows(ConnectException.class, () -> QueryShape.selectFrom(unquoted, TableId.of("odd name")));
    }
}
