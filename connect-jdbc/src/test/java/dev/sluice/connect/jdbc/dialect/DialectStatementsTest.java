/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.jdbc.TableId;
import java.util.List;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.Test;

/** The SQL each dialect writes: its own upsert, its own quoting, identifiers never spliced unquoted. */
class DialectStatementsTest {

    private static final TableId ORDERS = TableId.parse("shop.orders");
    private static final List<String> KEY = List.of("id");
    private static final List<String> VALUES = List.of("total", "note");

    private static Dialect dialect(String url) {
        return Dialects.choose("", url, true);
    }

    @Test
    void theUrlChoosesTheDialectAndDialectNameOverridesIt() {
        assertInstanceOf(PostgresDialect.class, dialect("jdbc:postgresql://db/x"));
        assertInstanceOf(MariaDbDialect.class, dialect("jdbc:mariadb://db/x"));
        assertInstanceOf(MariaDbDialect.class, dialect("jdbc:mysql://db/x"));
        assertInstanceOf(SqliteDialect.class, dialect("jdbc:sqlite:x.db"));
        assertInstanceOf(SqliteDialect.class, Dialects.choose("SqliteDatabaseDialect", "jdbc:other:x", true));
        ConfigException unknown = assertThrows(ConfigException.class, () -> dialect("jdbc:oracle:thin:@x"));
        assertTrue(unknown.getMessage().contains("connection.url"), unknown.getMessage());
    }

    @Test
    void eachDatabaseUpsertsInItsOwnSyntax() {
        assertEquals("INSERT INTO \"shop\".\"orders\" (\"id\", \"total\", \"note\") VALUES (?, ?, ?)"
                + " ON CONFLICT (\"id\") DO UPDATE SET \"total\" = excluded.\"total\", \"note\" = excluded.\"note\"",
                dialect("jdbc:postgresql://db/x").upsert(ORDERS, KEY, VALUES));
        assertEquals("INSERT INTO `shop`.`orders` (`id`, `total`, `note`) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE `total` = VALUES(`total`), `note` = VALUES(`note`)",
                dialect("jdbc:mariadb://db/x").upsert(ORDERS, KEY, VALUES));
        assertEquals("INSERT INTO \"orders\" (\"id\") VALUES (?) ON CONFLICT (\"id\") DO NOTHING",
                dialect("jdbc:sqlite:x.db").upsert(TableId.of("orders"), KEY, List.of()));
    }

    @Test
    void updatesAndDeletesMatchOnTheKey() {
        Dialect postgres = dialect("jdbc:postgresql://db/x");
        assertEquals("UPDATE \"shop\".\"orders\" SET \"total\" = ?, \"note\" = ? WHERE \"id\" = ?",
                postgres.update(ORDERS, KEY, VALUES));
        assertEquals("DELETE FROM \"shop\".\"orders\" WHERE \"id\" = ? AND \"line\" = ?",
                postgres.delete(ORDERS, List.of("id", "line")));
    }

    @Test
    void identifiersFromTopicNamesAreQuotedNeverSpliced() {
        TableId hostile = TableId.of("x\"; DROP TABLE y; --");
        assertEquals("DELETE FROM \"x\"\"; DROP TABLE y; --\" WHERE \"id\" = ?",
                dialect("jdbc:postgresql://db/x").delete(hostile, KEY));
        assertEquals("DELETE FROM `a``b` WHERE `id` = ?",
                dialect("jdbc:mariadb://db/x").delete(TableId.of("a`b"), KEY));
        Dialect unquoted = Dialects.choose("", "jdbc:postgresql://db/x", false);
        assertEquals("DELETE FROM orders WHERE id = ?", unquoted.delete(TableId.of("orders"), KEY));
        ConnectException refused = assertThrows(ConnectException.class, () -> unquoted.delete(hostile, KEY));
        assertTrue(refused.getMessage().contains("quote.sql.identifiers"), refused.getMessage());
    }

    @Test
    void createdTablesUseEachDatabasesTypesAndKeepTheKeyNotNull() {
        List<SinkColumn> columns = List.of(new SinkColumn("id", Schema.STRING_SCHEMA),
                new SinkColumn("amount", Decimal.schema(2)),
                new SinkColumn("at", Timestamp.builder().optional().build()),
                new SinkColumn("count", SchemaBuilder.int32().optional().defaultValue(0).build()));
        assertEquals("CREATE TABLE `orders` (\n  `id` VARCHAR(255) NOT NULL,\n  `amount` DECIMAL(65,2) NOT NULL,\n"
                + "  `at` DATETIME(3),\n  `count` INT DEFAULT 0,\n  PRIMARY KEY(`id`)\n)",
                dialect("jdbc:mariadb://db/x").createTable(TableId.of("orders"), columns, KEY));
        assertEquals("CREATE TABLE \"orders\" (\n  \"id\" TEXT NOT NULL,\n  \"amount\" DECIMAL NOT NULL,\n"
                + "  \"at\" TIMESTAMP,\n  \"count\" INT DEFAULT 0,\n  PRIMARY KEY(\"id\")\n)",
                dialect("jdbc:postgresql://db/x").createTable(TableId.of("orders"), columns, KEY));
        assertEquals(List.of("ALTER TABLE \"orders\" ADD \"at\" TIMESTAMP"),
                dialect("jdbc:sqlite:x.db").addColumns(TableId.of("orders"), columns.subList(2, 3)));
    }
}
