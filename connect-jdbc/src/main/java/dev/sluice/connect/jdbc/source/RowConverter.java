/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import dev.sluice.connect.jdbc.dialect.ColumnDef;
import dev.sluice.connect.jdbc.dialect.Dialect;
import dev.sluice.connect.jdbc.dialect.NumericMapping;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the rows of one result shape into Structs: the schema comes from the result's columns through the dialect,
 * and each value is read by the dialect as a value of its field's schema.
 */
final class RowConverter {

    private static final Logger log = LoggerFactory.getLogger(RowConverter.class);

    private final Dialect dialect;
    private final List<ColumnDef> columns;
    private final Schema schema;
    /** The result set's column index of each field, in field order. */
    private final int[] indices;

    private RowConverter(Dialect dialect, List<ColumnDef> columns, Schema schema, int[] indices) {
        this.dialect = dialect;
        this.columns = columns;
        this.schema = schema;
        this.indices = indices;
    }

    /** The columns of a result, to compare with those a converter was built for. */
    static List<ColumnDef> columns(ResultSetMetaData metadata) throws SQLException {
        List<ColumnDef> columns = new ArrayList<>(metadata.getColumnCount());
        for (int i = 1; i <= metadata.getColumnCount(); i++) {
            columns.add(ColumnDef.of(metadata, i));
        }
        return columns;
    }

    /**
     * @param schemaName the value schema's name (the table's), null for a query's result
     * @param source     what is queried, for warnings
     */
    static RowConverter of(Dialect dialect, NumericMapping mapping, List<ColumnDef> columns, String schemaName,
                           String source) {
        SchemaBuilder builder = SchemaBuilder.struct().name(schemaName);
        List<Integer> indices = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            ColumnDef column = columns.get(i);
            Schema fieldSchema = dialect.columnSchema(column, mapping);
            if (fieldSchema == null) {
                log.warn("Leaving column {} of {} out of its records: its type {} (JDBC type {}) has no Connect"
                        + " representation", column.name(), source, column.typeName(), column.jdbcType());
                continue;
            }
            if (!names.add(column.name())) {
                log.warn("Leaving the second column named {} of {} out of its records: field names must be unique;"
                        + " give it an alias in the query", column.name(), source);
                continue;
            }
            builder.field(column.name(), fieldSchema);
            indices.add(i + 1);
        }
        return new RowConverter(dialect, List.copyOf(columns), builder.build(),
                indices.stream().mapToInt(Integer::intValue).toArray());
    }

    boolean fits(List<ColumnDef> resultColumns) {
        return columns.equals(resultColumns);
    }

    Schema schema() {
        return schema;
    }

    Struct convert(ResultSet row, Calendar calendar) throws SQLException {
        Struct struct = new Struct(schema);
        List<Field> fields = schema.fields();
        for (int i = 0; i < indices.length; i++) {
            Field field = fields.get(i);
            try {
                struct.put(field, dialect.read(row, indices[i], field.schema(), calendar));
            } catch (DataException e) {
                throw new DataException("Column " + field.name() + ": " + e.getMessage(), e);
            }
        }
        return struct;
    }
}
