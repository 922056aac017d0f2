/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.dialect;

import dev.sluice.connect.jdbc.TableId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;

/** PostgreSQL: {@code INSERT … ON CONFLICT … DO UPDATE}, schemas within one database, text bound untyped. */
public final class PostgresDialect extends StandardDialect {

    private final PostgresCopyLoad copyLoad = new PostgresCopyLoad(this);

    public PostgresDialect(boolean quoteIdentifiers) {
        super(quoteIdentifiers);
    }

    /** {@code COPY} into a staging table, then one {@code INSERT … SELECT}: about three times batched upserts. */
    @Override
    public Optional<BulkLoad> bulkLoad() {
        return Optional.of(copyLoad);
    }

    @Override
    public String name() {
        return "PostgreSqlDatabaseDialect";
    }

    /**
     * The driver sends a batch of inserts (upserts included) as multi-row statements instead of one statement per
     * row: three times the sink's throughput here, the same rows and transaction.
     */
    @Override
    public Map<String, String> driverDefaults() {
        return Map.of("reWriteBatchedInserts", "true");
    }

    @Override
    protected Set<String> systemSchemas() {
        return Set.of("information_schema", "pg_catalog", "pg_toast");
    }

    /** A connection reaches only its own database, so the catalog is never written. */
    @Override
    public String tableName(TableId table) {
        return super.tableName(new TableId(null, table.schema(), table.table()));
    }

    @Override
    public TableId withDefaults(Connection connection, TableId table) throws SQLException {
        return table.schema() != null ? table : new TableId(table.catalog(), connection.getSchema(), table.table());
    }

    @Override
    protected SchemaBuilder builderFor(ColumnDef column, NumericMapping numericMapping) {
        boolean numeric = column.jdbcType() == Types.NUMERIC || column.jdbcType() == Types.DECIMAL;
        if (numeric && column.precision() <= 0) {
            // NUMERIC without a precision holds any scale; no Decimal schema fits all its values, text does.
            return numericMapping == NumericMapping.BEST_FIT ? SchemaBuilder.float64() : SchemaBuilder.string();
        }
        return super.builderFor(column, numericMapping);
    }

    /** Untyped, so the server converts the text to the column's type: json, jsonb, uuid, enums, arrays. */
    @Override
    protected void bindString(PreparedStatement statement, int index, String value) throws SQLException {
        statement.setObject(index, value, Types.OTHER);
    }

    @Override
    protected String primitiveType(Schema.Type type, boolean keyColumn) {
        return switch (type) {
            case INT8, INT16 -> "SMALLINT";
            case INT32 -> "INT";
            case INT64 -> "BIGINT";
            case FLOAT32 -> "REAL";
            case FLOAT64 -> "DOUBLE PRECISION";
            case BOOLEAN -> "BOOLEAN";
            case BYTES -> "BYTEA";
            default -> "TEXT";
        };
    }

    @Override
    public String upsert(TableId table, List<String> keyColumns, List<String> valueColumns) {
        return insertOnConflict(table, keyColumns, valueColumns);
    }
}
