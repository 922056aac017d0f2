/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import dev.sluice.connect.jdbc.ConnectionProvider;
import dev.sluice.connect.jdbc.dialect.Dialect;
import dev.sluice.connect.jdbc.dialect.Dialects;
import dev.sluice.connect.jdbc.dialect.NumericMapping;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * The JDBC source's settings. The keys are those users know from the widely used JDBC connector, so an existing
 * connector config moves over unchanged.
 */
public final class JdbcSourceConfig extends AbstractConfig {

    public static final String CONNECTION_URL = "connection.url";
    public static final String CONNECTION_USER = "connection.user";
    public static final String CONNECTION_PASSWORD = "connection.password";
    public static final String CONNECTION_ATTEMPTS = "connection.attempts";
    public static final String CONNECTION_BACKOFF_MS = "connection.backoff.ms";
    public static final String DIALECT_NAME = "dialect.name";
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
    public static final String DB_TIMEZONE = "db.timezone";
    public static final String TABLE_POLL_INTERVAL_MS = "table.poll.interval.ms";
    public static final String QUOTE_SQL_IDENTIFIERS = "quote.sql.identifiers";

    /** {@code timestamp.initial}'s value for "start at the database's current time". */
    public static final long TIMESTAMP_INITIAL_CURRENT = -1L;

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(CONNECTION_URL, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                    Importance.HIGH, "JDBC URL of the database, e.g. jdbc:postgresql://host:5432/db.")
            .define(CONNECTION_USER, Type.STRING, null, Importance.HIGH, "Database user.")
            .define(CONNECTION_PASSWORD, Type.PASSWORD, null, Importance.HIGH, "Database password.")
            .define(CONNECTION_ATTEMPTS, Type.INT, 3, Range.atLeast(1), Importance.LOW,
                    "How many times to try to connect before the connector or task fails.")
            .define(CONNECTION_BACKOFF_MS, Type.LONG, 10_000L, Range.atLeast(0), Importance.LOW,
                    "Pause between connection attempts, in milliseconds.")
            .define(DIALECT_NAME, Type.STRING, "", JdbcSourceConfig::checkDialect, Importance.LOW,
                    "Dialect to use; empty chooses it from the URL. One of " + Dialects.names() + ".")
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
            .define(DB_TIMEZONE, Type.STRING, "UTC", JdbcSourceConfig::checkZone, Importance.MEDIUM,
                    "Time zone of the database's zone-less timestamps, as a java.time ZoneId.")
            .define(TABLE_POLL_INTERVAL_MS, Type.LONG, 60_000L, Range.atLeast(1), Importance.LOW,
                    "How often the connector looks for created and dropped tables, in milliseconds.")
            .define(QUOTE_SQL_IDENTIFIERS, Type.STRING, "always", ValidString.in("always", "never"),
                    Importance.LOW, "Whether table and column names are quoted in SQL.");

    public JdbcSourceConfig(Map<String, ?> props) {
        // Not logged: a URL may carry a password, and the connector and every task parse the same settings.
        super(CONFIG_DEF, props, false);
    }

    private static void checkDialect(String name, Object value) {
        if (value != null && !value.toString().isBlank() && !Dialects.names().contains(value.toString().trim())) {
            throw new ConfigException(name, value, "Unknown dialect; known: " + Dialects.names());
        }
    }

    private static void checkZone(String name, Object value) {
        try {
            ZoneId.of(String.valueOf(value));
        } catch (DateTimeException e) {
            throw new ConfigException(name, value, "Not a time zone: " + e.getMessage());
        }
    }

    public Mode mode() {
        return Mode.of(getString(MODE));
    }

    public Dialect dialect() {
        return Dialects.choose(getString(DIALECT_NAME), getString(CONNECTION_URL),
                "always".equals(getString(QUOTE_SQL_IDENTIFIERS)));
    }

    /** A new provider for the connector or one task: each works with its own connection. */
    public ConnectionProvider connectionProvider() {
        Password password = getPassword(CONNECTION_PASSWORD);
        return new ConnectionProvider(getString(CONNECTION_URL), getString(CONNECTION_USER),
                password == null ? null : password.value(), getInt(CONNECTION_ATTEMPTS),
                getLong(CONNECTION_BACKOFF_MS), dialect().driverDefaults());
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

    /** A new calendar each call: Calendar is mutable and a task's queriers must not share one across threads. */
    public Calendar dbCalendar() {
        return Calendar.getInstance(TimeZone.getTimeZone(ZoneId.of(getString(DB_TIMEZONE))));
    }
}
