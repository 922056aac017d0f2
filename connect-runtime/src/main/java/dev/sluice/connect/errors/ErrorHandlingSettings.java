/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.errors;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;

/**
 * The {@code errors.*} settings of one connector, with Apache Kafka Connect's defaults. The full connector
 * {@code ConfigDef} validates them for the REST API; this record only reads them for the task runners.
 *
 * @param retryTimeoutMs how long a retriable failure is retried; 0 means never, -1 means forever
 * @param retryDelayMaxMs the longest pause between two retries
 * @param tolerance whether failed records fail the task or are skipped
 * @param logEnable whether each failure is logged
 * @param logIncludeMessages whether logged failures describe the failed record
 * @param deadLetterQueueTopic the sink dead letter queue topic, empty when there is none
 * @param deadLetterQueueReplicationFactor replication factor used when the dead letter queue topic is created
 * @param deadLetterQueueContextHeaders whether dead letter queue records carry {@code __connect.errors.*} headers
 */
public record ErrorHandlingSettings(
        long retryTimeoutMs,
        long retryDelayMaxMs,
        ToleranceType tolerance,
        boolean logEnable,
        boolean logIncludeMessages,
        String deadLetterQueueTopic,
        short deadLetterQueueReplicationFactor,
        boolean deadLetterQueueContextHeaders) {

    public static final String RETRY_TIMEOUT = "errors.retry.timeout";
    public static final String RETRY_DELAY_MAX_MS = "errors.retry.delay.max.ms";
    public static final String TOLERANCE = "errors.tolerance";
    public static final String LOG_ENABLE = "errors.log.enable";
    public static final String LOG_INCLUDE_MESSAGES = "errors.log.include.messages";
    public static final String DLQ_TOPIC_NAME = "errors.deadletterqueue.topic.name";
    public static final String DLQ_REPLICATION_FACTOR = "errors.deadletterqueue.topic.replication.factor";
    public static final String DLQ_CONTEXT_HEADERS_ENABLE = "errors.deadletterqueue.context.headers.enable";

    /** What a connector config without any {@code errors.*} key means. */
    public static final ErrorHandlingSettings DEFAULTS =
            new ErrorHandlingSettings(0L, 60_000L, ToleranceType.NONE, false, false, "", (short) 3, false);

    public ErrorHandlingSettings {
        if (retryTimeoutMs < -1) {
            throw new ConfigException(RETRY_TIMEOUT, retryTimeoutMs, "Must be -1 (infinite), 0 or positive");
        }
        if (retryDelayMaxMs < 0) {
            throw new ConfigException(RETRY_DELAY_MAX_MS, retryDelayMaxMs, "Must not be negative");
        }
        if (tolerance == null) {
            throw new ConfigException(TOLERANCE, null, "Must be one of: none, all");
        }
        deadLetterQueueTopic = deadLetterQueueTopic == null ? "" : deadLetterQueueTopic.trim();
        if (deadLetterQueueReplicationFactor < 1 && deadLetterQueueReplicationFactor != -1) {
            throw new ConfigException(DLQ_REPLICATION_FACTOR, deadLetterQueueReplicationFactor,
                    "Must be -1 (broker default) or at least 1");
        }
    }

    /**
     * Reads the {@code errors.*} keys of a connector config; values may be strings (as in a config file or REST
     * body) or already typed. Missing keys take their defaults.
     */
    public static ErrorHandlingSettings from(Map<String, ?> config) {
        return new ErrorHandlingSettings(
                longValue(config, RETRY_TIMEOUT, DEFAULTS.retryTimeoutMs),
                longValue(config, RETRY_DELAY_MAX_MS, DEFAULTS.retryDelayMaxMs),
                config.get(TOLERANCE) == null ? DEFAULTS.tolerance : ToleranceType.parse(config.get(TOLERANCE).toString()),
                booleanValue(config, LOG_ENABLE, DEFAULTS.logEnable),
                booleanValue(config, LOG_INCLUDE_MESSAGES, DEFAULTS.logIncludeMessages),
                config.get(DLQ_TOPIC_NAME) == null ? DEFAULTS.deadLetterQueueTopic : config.get(DLQ_TOPIC_NAME).toString(),
                (short) longValue(config, DLQ_REPLICATION_FACTOR, DEFAULTS.deadLetterQueueReplicationFactor),
                booleanValue(config, DLQ_CONTEXT_HEADERS_ENABLE, DEFAULTS.deadLetterQueueContextHeaders));
    }

    /** Whether failed sink records go to a dead letter queue topic. */
    public boolean hasDeadLetterQueue() {
        return !deadLetterQueueTopic.isEmpty();
    }

    /** Whether retriable failures are retried without a deadline. */
    public boolean retriesForever() {
        return retryTimeoutMs == -1;
    }

    private static long longValue(Map<String, ?> config, String key, long defaultValue) {
        Object value = config.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        try {
            return Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new ConfigException(key, value, "Not a number");
        }
    }

    private static boolean booleanValue(Map<String, ?> config, String key, boolean defaultValue) {
        Object value = config.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        String text = value.toString().trim();
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw new ConfigException(key, value, "Expected value to be either true or false");
    }
}
