/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc;

import dev.sluice.connect.jdbc.dialect.Dialect;
import dev.sluice.connect.jdbc.dialect.Dialects;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.TimeZone;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.CaseInsensitiveValidString;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.NonEmptyString;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * The settings both JDBC connectors share, with the keys users know: which database ({@code connection.*},
 * {@code dialect.name}), how names are written ({@code quote.sql.identifiers}) and the time zone of zone-less
 * timestamps ({@code db.timezone}); and what they make: the dialect, connections, the time zone's calendar.
 */
public final class DatabaseSettings {

    public static final String CONNECTION_URL = "connection.url";
    public static final String CONNECTION_USER = "connection.user";
    public static final String CONNECTION_PASSWORD = "connection.password";
    public static final String CONNECTION_ATTEMPTS = "connection.attempts";
    public static final String CONNECTION_BACKOFF_MS = "connection.backoff.ms";
    public static final String DIALECT_NAME = "dialect.name";
    public static final String QUOTE_SQL_IDENTIFIERS = "quote.sql.identifiers";
    public static final String DB_TIMEZONE = "db.timezone";

    private final AbstractConfig config;

    /** The shared settings of a parsed connector config whose definition {@link #define} filled. */
    public DatabaseSettings(AbstractConfig config) {
        this.config = config;
    }

    /** Adds the shared keys to {@code def}; returns it for further definitions. */
    public static ConfigDef define(ConfigDef def) {
        return def
                .define(CONNECTION_URL, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new NonEmptyString(),
                        Importance.HIGH, "JDBC URL of the database, e.g. jdbc:postgresql://host:5432/db,"
                                + " jdbc:mariadb://host:3306/db or jdbc:sqlite:/path/file.db")
                .define(CONNECTION_USER, Type.STRING, null, Importance.HIGH, "Database user")
                .define(CONNECTION_PASSWORD, Type.PASSWORD, null, Importance.HIGH, "Database password")
                .define(CONNECTION_ATTEMPTS, Type.INT, 3, Range.atLeast(1), Importance.LOW,
                        "How many times to try to open a connection before failing")
                .define(CONNECTION_BACKOFF_MS, Type.LONG, 10_000L, Range.atLeast(0), Importance.LOW,
                        "Pause between connection attempts, in milliseconds")
                .define(DIALECT_NAME, Type.STRING, "", DatabaseSettings::checkDialect, Importance.LOW,
                        "The database dialect; empty to choose it from connection.url. One of " + Dialects.names())
                .define(QUOTE_SQL_IDENTIFIERS, Type.STRING, "always",
                        CaseInsensitiveValidString.in("always", "never"), Importance.LOW,
                        "always: quote table and column names; never: write them bare (they must then be plain"
                                + " identifiers, and the database may change their case)")
                .define(DB_TIMEZONE, Type.STRING, "UTC", DatabaseSettings::checkZone, Importance.MEDIUM,
                        "Time zone of the database's timestamps without a zone, as a java.time ZoneId (UTC,"
                                + " Europe/Paris, +02:00)");
    }

    private static void checkDialect(String name, Object value) {
        String dialect = value == null ? "" : value.toString().trim();
        if (!dialect.isEmpty() && !Dialects.names().contains(dialect)) {
            throw new ConfigException(name, value, "Unknown dialect; known: " + Dialects.names()
                    + ", or empty to choose by connection.url");
        }
    }

    private static void checkZone(String name, Object value) {
        try {
            ZoneId.of(String.valueOf(value));
        } catch (DateTimeException e) {
            throw new ConfigException(name, value, "Not a time zone ID (e.g. UTC, Europe/Paris, +02:00): "
                    + e.getMessage());
        }
    }

    public String url() {
        return config.getString(CONNECTION_URL);
    }

    public String user() {
        return config.getString(CONNECTION_USER);
    }

    /** The password in clear text, for the driver only; never log it. */
    public String password() {
        Password password = config.getPassword(CONNECTION_PASSWORD);
        return password == null ? null : password.value();
    }

    public boolean quoteIdentifiers() {
        return "always".equalsIgnoreCase(config.getString(QUOTE_SQL_IDENTIFIERS));
    }

    public ZoneId timeZone() {
        return ZoneId.of(config.getString(DB_TIMEZONE));
    }

    /** A new calendar in {@code db.timezone} each call: calendars are mutable, so threads must not share one. */
    public Calendar calendar() {
        return Calendar.getInstance(TimeZone.getTimeZone(timeZone()));
    }

    public Dialect dialect() {
        return Dialects.choose(config.getString(DIALECT_NAME), url(), quoteIdentifiers());
    }

    /** A new provider for the connector or one task: each works with its own connection. */
    public ConnectionProvider connections() {
        return new ConnectionProvider(url(), user(), password(), config.getInt(CONNECTION_ATTEMPTS),
                config.getLong(CONNECTION_BACKOFF_MS), dialect().driverDefaults());
    }
}
