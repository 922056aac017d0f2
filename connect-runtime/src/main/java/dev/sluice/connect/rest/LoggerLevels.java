/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import dev.sluice.connect.rest.entities.LoggerLevel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.kafka.connect.errors.NotFoundException;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Reads and changes Logback logger levels for /admin/loggers, remembering when REST last changed each one.
 * The root logger is called {@code root}, as in Apache's API.
 */
public final class LoggerLevels {

    static final String ROOT = "root";

    private final LoggerContext context;
    private final Clock clock;
    private final Map<String, Long> lastModified = new ConcurrentHashMap<>();

    /** Levels of {@code context}, timestamps from {@code clock}. */
    public LoggerLevels(LoggerContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
    }

    /** Levels of the Logback context SLF4J is bound to; fails with 500 when SLF4J is not bound to Logback. */
    public static LoggerLevels ofSlf4jBackend() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext context)) {
            throw new RestException(500, "Logger levels can only be managed with Logback as the SLF4J backend, not "
                    + factory.getClass().getName());
        }
        return new LoggerLevels(context, Clock.systemUTC());
    }

    /**
     * {@link #ofSlf4jBackend()} looked up on first use, so that a worker without Logback fails only where levels
     * are used, and then kept, because the instance remembers when each level changed.
     */
    public static Supplier<LoggerLevels> lazily() {
        return new Supplier<>() {
            private LoggerLevels levels;

            @Override
            public synchronized LoggerLevels get() {
                if (levels == null) {
                    levels = ofSlf4jBackend();
                }
                return levels;
            }
        };
    }

    /**
     * Fails as {@link #setLevel} would for a level name it does not know: 404 {@code invalid log level 'X'.}, so
     * that a cluster-wide change is refused before it is sent to the other workers.
     */
    public static void requireKnownLevel(String levelName) {
        parse(levelName);
    }

    /** Every logger the worker has created, root included, with its effective level, by name. */
    public Map<String, LoggerLevel> all() {
        Map<String, LoggerLevel> levels = new TreeMap<>();
        for (Logger logger : context.getLoggerList()) {
            levels.put(nameOf(logger), levelOf(logger));
        }
        return levels;
    }

    /** The effective level of one existing logger; 404 for a name no code has asked a logger for. */
    public LoggerLevel level(String name) {
        Logger logger = context.exists(loggerName(name));
        if (logger == null) {
            throw new NotFoundException("Logger " + name + " not found.");
        }
        return levelOf(logger);
    }

    /**
     * Sets {@code level} on a logger and on every existing logger below it.
     *
     * @return the names of the loggers whose effective level changed, sorted
     */
    public List<String> setLevel(String name, String levelName) {
        Level level = parse(levelName);
        Logger target = context.getLogger(loggerName(name));
        String prefix = target.getName() + ".";
        boolean root = target.getName().equals(Logger.ROOT_LOGGER_NAME);
        List<Logger> affected = new ArrayList<>();
        Map<Logger, Level> before = new HashMap<>();
        for (Logger logger : context.getLoggerList()) {
            if (logger == target || root || logger.getName().startsWith(prefix)) {
                affected.add(logger);
                before.put(logger, logger.getEffectiveLevel());
            }
        }
        // Explicitly on each one, so a descendant's own level does not survive the change of its ancestor.
        affected.forEach(logger -> logger.setLevel(level));
        long now = clock.millis();
        List<String> changed = new ArrayList<>();
        for (Logger logger : affected) {
            if (!before.get(logger).equals(level)) {
                lastModified.put(nameOf(logger), now);
                changed.add(nameOf(logger));
            }
        }
        changed.sort(null);
        return changed;
    }

    private static Level parse(String levelName) {
        String upper = levelName.trim().toUpperCase(Locale.ROOT);
        // FATAL is a log4j level that Apache's API accepts; Logback's closest is ERROR.
        if (upper.equals("FATAL")) {
            return Level.ERROR;
        }
        Level level = Level.toLevel(upper, null);
        if (level == null) {
            // Apache 4.3.1 answers 404 with exactly this message; kept for compatibility.
            throw new NotFoundException("invalid log level '" + levelName + "'.");
        }
        return level;
    }

    private LoggerLevel levelOf(Logger logger) {
        return new LoggerLevel(logger.getEffectiveLevel().toString(), lastModified.get(nameOf(logger)));
    }

    private static String loggerName(String name) {
        return ROOT.equalsIgnoreCase(name) ? Logger.ROOT_LOGGER_NAME : name;
    }

    private static String nameOf(Logger logger) {
        return logger.getName().equals(Logger.ROOT_LOGGER_NAME) ? ROOT : logger.getName();
    }
}
