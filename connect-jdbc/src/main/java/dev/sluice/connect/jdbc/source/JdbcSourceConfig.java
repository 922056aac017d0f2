/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import dev.sluice.connect.jdbc.DatabaseSettings;
import dev.sluice.connect.jdbc.dialect.NumericMapping;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;
import org.apache.kafka.common.config.ConfigDef;

/**
 * The JDBC source's settings. The keys are those users know from the widely used JDBC connector, so an existing
 * connector config moves over unchanged.
 */
public final class JdbcSourceConfig extends AbstractConfig {

    public static final String TABLE_WHITELIST = "table.whitelist";
    public static final String TABLE_INCLUDE_LIST = "table.include.list";
    public static final String TABLE_BLACKLIST = "table.blacklist";
    public static final String TABLE_EXCLUDE_LIST = "table.exclude.list";
    public static final String CATALOG_PATTERN = "catalog.pattern";
    public static final String SCHEMA_PATTERN = "schema.pattern";
    public static final String TABLE_TYPES = "table.types";
    public static final String QUERY = "query";
    public static final String QUERY_SUFFIX = "query.suffix";
    public static final String MODE = "mode";
    public static final String INCREMENTING_COLUMN = "incrementing.column.name";
    public static final String TIMESTAMP_COLUMNS = "timestamp.column.name";
    public static final String TIMESTAMP_INITIAL = "timestamp.initial";
    public static final String TIMESTAMP_DELAY_MS = "timestamp.delay.interval.ms";
    public static final String VALIDATE_NON_NULL = "validate.non.null";
    public static final String POLL_INTERVAL_MS = "poll.interval.ms";
    public static final String BATCH_MAX_ROWS = "batch.max.rows";
    public static final String TOPIC_PREFIX = "topic.prefix";
    public static final String NUMERIC_MAPPING = "numeric.mapping";
    public static final String TABLE_POLL_INTERVAL_MS = "table.poll.interval.ms";

    /** {@code timestamp.initial}'s value for "start at the database's current time". */
    public static final long TIMESTAMP_INITIAL_CURRENT = -1L;

    public static final ConfigDef CONFIG_DEF = DatabaseSettings.define(new ConfigDef())
            .define(TABLE_WHITELIST, Type.LIST, "", Importance.MEDIUM,
                    "Older name of " + TABLE_INCLUDE_LIST + ".")
            .define(TABLE_INCLUDE_LIST, Type.LIST, "", Importance.MEDIUM,
                    "Tables to copy, bare or schema-qualified; empty copies every table found.")
            .define(TABLE_BLACKLIST, Type.LIST, "", Importance.MEDIUM, "Older name of " + TABLE_EXCLUDE_LIST + ".")
            .define(TABLE_EXCLUDE_LIST, Type.LIST, "", Importance.MEDIUM,
                    "Tables not to copy, bare or schema-qualified.")
            .define(CATALOG_PATTERN, Type.STRING, null, Importance.MEDIUM,
                    "Catalog pattern for listing tables; null lists the connection's own.")
            .define(SCHEMA_PATTERN, Type.STRING, null, Importance.MEDIUM,
                    "Schema pattern for listing tables; null lists all schemas.")
            .define(TABLE_TYPES, Type.LIST, "TABLE", Importance.LOW,
                    "Table types to copy, as DatabaseMetaData names them (TABLE, VIEW, ...).")
            .define(QUERY, Type.STRING, "", Importance.MEDIUM,
                    "A query to copy the results of, instead of tables; one task, topic = topic.prefix.")
            .define(QUERY_SUFFIX, Type.STRING, "", Importance.LOW, "Text appended to every query.")
            .define(MODE, Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                    ValidString.in(Mode.configValues().toArray(new String[0])), Importance.HIGH,
                    "How new and changed rows are found: " + Mode.configValues() + ".")
            .define(INCREMENTING_COLUMN, Type.STRING, "", Importance.MEDIUM,
                    "Strictly increasing column; empty uses the table's auto-increment column.")
            .define(TIMESTAMP_COLUMNS, Type.LIST, "", Importance.MEDIUM,
                    "Timestamp column(s) that change with each write; several are COALESCEd in order.")
            .define(TIMESTAMP_INITIAL, Type.LONG, null, Importance.LOW,
                    "Epoch milliseconds to start from when no offset is committed; null: from the beginning;"
                            + " -1: the database's current time.")
            .define(TIMESTAMP_DELAY_MS, Type.LONG, 0L, Range.atLeast(0), Importance.LOW,
                    "How long after its timestamp a row is copied, for transactions that commit late.")
            .define(VALIDATE_NON_NULL, Type.BOOLEAN, true, Importance.LOW,
                    "Fail when an incrementing or timestamp column may hold NULL.")
            .define(POLL_INTERVAL_MS, Type.INT, 5000, Range.atLeast(1), Importance.MEDIUM,
                    "How often each table is queried, in milliseconds.")
            .define(BATCH_MAX_ROWS, Type.INT, 100, Range.atLeast(1), Importance.LOW,
                    "Most rows returned by one poll.")
            .define(TOPIC_PREFIX, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, Importance.HIGH,
                    "Prefix of the topics: topic = prefix + table name (query mode: the prefix alone).")
            .define(NUMERIC_MAPPING, Type.STRING, NumericMapping.NONE.configValue(),
                    ConfigDef.CaseInsensitiveValidString.in("none", "precision_only", "best_fit"), Importance.LOW,
                    "How NUMERIC/DECIMAL columns map: none (Decimal), precision_only, best_fit.")
            .define(TABLE_POLL_INTERVAL_MS, Type.LONG, 60_000L, Range.atLeast(1), Importance.LOW,
                    "How often the connector looks for created and dropped tables, in milliseconds.");

    public JdbcSourceConfig(Map<String, ?> props) {
        // Not logged: a URL may carry a password, and the connector and every task parse the same settings.
        super(CONFIG_DEF, props, false);
    }

    public Mode mode() {
        return Mode.of(getString(MODE));
    }

    /** The settings shared with the sink: the database, its dialect and time zone. */
    public DatabaseSettings database() {
        return new DatabaseSettings(this);
    }

    /** The tables to copy, by either of the two names of the setting (the checks reject both set). */
    public List<String> includeList() {
        List<String> include = getList(TABLE_INCLUDE_LIST);
        return include.isEmpty() ? getList(TABLE_WHITELIST) : include;
    }

    public List<String> excludeList() {
        List<String> exclude = getList(TABLE_EXCLUDE_LIST);
        return exclude.isEmpty() ? getList(TABLE_BLACKLIST) : exclude;
    }

    public String query() {
        String query = getString(QUERY);
        return query == null ? "" : query.trim();
    }

    public boolean queryMode() {
        return !query().isEmpty();
    }

    public NumericMapping numericMapping() {
        return NumericMapping.parse(getString(NUMERIC_MAPPING));
    }
}
