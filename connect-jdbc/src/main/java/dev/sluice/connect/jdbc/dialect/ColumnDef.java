/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.dialect;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * A column as the driver describes it, from {@link ResultSetMetaData} or {@code DatabaseMetaData.getColumns}.
 *
 * @param jdbcType a {@link java.sql.Types} constant
 * @param typeName the database's own type name, e.g. {@code jsonb} or {@code INT UNSIGNED}
 */
public record ColumnDef(String name, int jdbcType, String typeName, int precision, int scale, boolean nullable,
                        boolean autoIncrement, boolean signed) {

    /** Column {@code index} (1-based) of a result set. */
    public static ColumnDef of(ResultSetMetaData metadata, int index) throws SQLException {
        String label = metadata.getColumnLabel(index);
        return new ColumnDef(label == null || label.isEmpty() ? metadata.getColumnName(index) : label,
                metadata.getColumnType(index), metadata.getColumnTypeName(index), metadata.getPrecision(index),
                metadata.getScale(index), metadata.isNullable(index) != ResultSetMetaData.columnNoNulls,
                metadata.isAutoIncrement(index), metadata.isSigned(index));
    }
}
