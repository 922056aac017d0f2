/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;

import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens, checks and reopens the one connection a connector or task works with ({@code connection.attempts},
 * {@code connection.backoff.ms}).
 *
 * <p>Drivers are found through {@code java.sql.Driver} service files in this plugin's own class loader, not through
 * {@code DriverManager}, whose registry is global to the worker and would miss a driver a user dropped into
 * {@code plugins/connect-jdbc/} after the worker first used JDBC.
 */
public final class ConnectionProvider implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ConnectionProvider.class);
    private static final int VALIDITY_TIMEOUT_SECONDS = 5;

    private final String url;
    /** Driver properties: the dialect's defaults, then user and password. */
    private final Properties credentials = new Properties();
    private final int attempts;
    private final long backoffMs;
    private Connection connection;

    /**
     * @param attempts       how many times to try to connect before giving up, at least 1
     * @param backoffMs      the pause between attempts
     * @param driverDefaults driver properties the dialect needs (see {@code Dialect.driverDefaults})
     */
    public ConnectionProvider(String url, String user, String password, int attempts, long backoffMs,
                              Map<String, String> driverDefaults) {
        this.url = url;
        driverDefaults.forEach(credentials::setProperty);
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        this.attempts = Math.max(1, attempts);
        this.backoffMs = backoffMs;
    }

    /** The open connection, reconnecting first when the last one broke. */
    public synchronized Connection connection() {
        try {
            if (connection != null && connection.isValid(VALIDITY_TIMEOUT_SECONDS)) {
                return connection;
            }
        } catch (SQLException e) {
            log.info("The connection to {} is no longer valid: {}", redacted(), e.getMessage());
        }
        closeQuietly();
        connection = connect();
        return connection;
    }

    private Connection connect() {
        Driver driver = driverFor(url);
        SQLException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                Connection opened = driver.connect(url, credentials);
                if (opened == null) {
                    throw new SQLException("Driver " + driver.getClass().getName() + " refused URL " + redacted());
                }
                log.info("Connected to {} with {}", redacted(), driver.getClass().getName());
                return opened;
            } catch (SQLException e) {
                last = e;
                log.warn("Attempt {} of {} to connect to {} failed: {}", attempt, attempts, redacted(),
                        e.getMessage());
                if (attempt < attempts) {
                    pause();
                }
            }
        }
        throw new ConnectException("Could not connect to " + redacted() + " after " + attempts + " attempt(s): "
                + last.getMessage(), last);
    }

    private void pause() {
        try {
            Thread.sleep(backoffMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while waiting to reconnect to " + redacted(), e);
        }
    }

    /** The first driver on this plugin's class path that accepts {@code url}. */
    static Driver driverFor(String url) {
        List<String> seen = new ArrayList<>();
        for (Driver driver : ServiceLoader.load(Driver.class, ConnectionProvider.class.getClassLoader())) {
            try {
                if (driver.acceptsURL(url)) {
                    return driver;
                }
            } catch (SQLException e) {
                log.debug("Driver {} could not check URL: {}", driver.getClass().getName(), e.getMessage());
            }
            seen.add(driver.getClass().getName());
        }
        throw new ConnectException("No JDBC driver accepts the URL " + redact(url) + "; drivers found: " + seen
                + ". Put the database's driver JAR beside the connector in its plugin directory.");
    }

    /** The URL without anything that looks like a password, for logs and errors. */
    public String redacted() {
        return redact(url);
    }

    static String redact(String url) {
        return url == null ? null : url.replaceAll("(?i)(password=)[^&;]*", "$1****");
    }

    private void closeQuietly() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("Ignoring failure to close a broken connection", e);
            }
            connection = null;
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }
}
