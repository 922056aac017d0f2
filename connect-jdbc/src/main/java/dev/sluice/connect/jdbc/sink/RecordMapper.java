/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.sink;

import dev.sluice.connect.jdbc.TableId;
import dev.sluice.connect.jdbc.dialect.SinkColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a record into a {@link PendingWrite}: its table from {@code table.name.format}, its layout from
 * {@link LayoutResolver} and its column values. A {@link DataException} means this record cannot be written (it may
 * go to the errant record reporter); any other {@link ConnectException} means the settings cannot work at all.
 */
final class RecordMapper {

    private static final Logger log = LoggerFactory.getLogger(RecordMapper.class);

    private final JdbcSinkConfig config;
    // Read once: the config parses its values on every call, and these are asked for every record.
    private final PrimaryKeyMode pkMode;
    private final boolean deleteEnabled;
    private final LayoutResolver layouts;
    private final Map<String, TableId> tables = new HashMap<>();

    RecordMapper(JdbcSinkConfig config) {
        this.config = config;
        this.pkMode = config.pkMode();
        this.deleteEnabled = config.deleteEnabled();
        this.layouts = new LayoutResolver(pkMode, config.pkFields(), config.fieldsWhitelist());
    }

    /** The write for {@code record}; null when there is nothing to write (a tombstone while deletes are off). */
    PendingWrite map(SinkRecord record) {
        TableId table = tableFor(record.topic());
        if (record.value() == null) {
            return tombstone(record, table);
        }
        Struct value = requireStruct(record, "value", record.valueSchema(), record.value());
        if (pkMode == PrimaryKeyMode.RECORD_KEY && !(record.keySchema() != null
                && record.keySchema().type().isPrimitive())) {
            requireStruct(record, "key", record.keySchema(), record.key());
        }
        RecordLayout layout = layouts.layout(record, record.keySchema(), record.valueSchema());
        return new PendingWrite(record, table, layout, false, keyValues(record, layout, value),
                fieldValues(record, layout, value));
    }

    private static List<Object> fieldValues(SinkRecord record, RecordLayout layout, Struct value) {
        List<Object> values = new ArrayList<>(layout.valueColumns().size());
        for (SinkColumn column : layout.valueColumns()) {
            values.add(field(record, value, column.name()));
        }
        return values;
    }

    /** A field of the key or value Struct; the Struct's own schema may differ from the record's, so say where. */
    private static Object field(SinkRecord record, Struct struct, String name) {
        try {
            return struct.get(name);
        } catch (DataException e) {
            throw new DataException("The record at " + PendingWrite.describe(record) + " has no field " + name
                    + " in its Struct, although its schema declares one: " + e.getMessage(), e);
        }
    }

    /**
     * A tombstone deletes its key's row when {@code delete.enabled}. Otherwise it is skipped rather than refused:
     * compacted topics use tombstones to expire keys, so they are ordinary records there, and a sink that was not
     * asked to delete has nothing to do with them; failing the task (or filling the dead letter queue) on each would
     * make such topics unusable.
     */
    private PendingWrite tombstone(SinkRecord record, TableId table) {
        if (!deleteEnabled) {
            log.debug("Skipping the tombstone at {}: delete.enabled is false", PendingWrite.describe(record));
            return null;
        }
        if (record.key() == null) {
            throw new DataException("The tombstone at " + PendingWrite.describe(record) + " has no key, so there is"
                    + " no row to delete");
        }
        if (record.keySchema() == null || !record.keySchema().type().isPrimitive()) {
            requireStruct(record, "key", record.keySchema(), record.key());
        }
        RecordLayout layout = layouts.layout(record, record.keySchema(), null);
        return new PendingWrite(record, table, layout, true, keyValues(record, layout, null), List.of());
    }

    private List<Object> keyValues(SinkRecord record, RecordLayout layout, Struct value) {
        List<Object> keys = new ArrayList<>(layout.keyColumns().size());
        switch (pkMode) {
            case NONE -> {
            }
            case KAFKA -> {
                keys.add(record.topic());
                keys.add(record.kafkaPartition());
                keys.add(record.kafkaOffset());
            }
            case RECORD_KEY -> {
                if (record.keySchema().type().isPrimitive()) {
                    keys.add(record.key());
                } else {
                    Struct key = (Struct) record.key();
                    layout.keyNames().forEach(name -> keys.add(field(record, key, name)));
                }
            }
            case RECORD_VALUE -> layout.keyNames().forEach(name -> keys.add(field(record, value, name)));
        }
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) == null) {
                throw new DataException("Primary-key column " + layout.keyNames().get(i) + " is null in the record"
                        + " at " + PendingWrite.describe(record) + " (pk.mode=" + pkMode.configValue()
                        + "); a row needs every key column");
            }
        }
        return keys;
    }

    /** The table for a topic; parsed once per topic, as every record of a topic names the same table. */
    private TableId tableFor(String topic) {
        return tables.computeIfAbsent(topic, name -> {
            String formatted = config.tableNameFormat().replace(JdbcSinkConfig.TOPIC_PLACEHOLDER, name);
            try {
                return TableId.parse(formatted);
            } catch (IllegalArgumentException e) {
                throw new ConnectException("Topic " + name + " gives the table name '" + formatted + "' through "
                        + JdbcSinkConfig.TABLE_NAME_FORMAT + ", which is not a valid table name: " + e.getMessage(), e);
            }
        });
    }

    /** The record's key or value as a Struct, or a message that says which converter setting gives one. */
    static Struct requireStruct(SinkRecord record, String part, Schema schema, Object data) {
        if (schema != null && schema.type() == Schema.Type.STRUCT && data instanceof Struct struct) {
            return struct;
        }
        String found = schema == null ? "has no schema" : "has schema type " + schema.type();
        throw new DataException("The record at " + PendingWrite.describe(record) + " has a " + part + " that "
                + found + (data == null ? "" : " (" + data.getClass().getName() + ")") + ", but the JDBC sink needs"
                + " a Struct with a schema to know the columns. Use a converter that carries schemas: " + part
                + ".converter=org.apache.kafka.connect.json.JsonConverter with " + part
                + ".converter.schemas.enable=true, or Avro");
    }
}
