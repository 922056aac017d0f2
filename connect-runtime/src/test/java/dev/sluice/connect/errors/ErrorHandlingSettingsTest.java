/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class ErrorHandlingSettingsTest {

    @Test
    void aConfigWithoutErrorKeysGetsApacheDefaults() {
        ErrorHandlingSettings settings = ErrorHandlingSettings.from(Map.of("name", "c", "topics", "t"));

        assertEquals(0L, settings.retryTimeoutMs());
        assertEquals(60_000L, settings.retryDelayMaxMs());
        assertEquals(ToleranceType.NONE, settings.tolerance());
        assertFalse(settings.logEnable());
        assertFalse(settings.logIncludeMessages());
        assertEquals("", settings.deadLetterQueueTopic());
        assertEquals((short) 3, settings.deadLetterQueueReplicationFactor());
        assertFalse(settings.deadLetterQueueContextHeaders());
        assertFalse(settings.hasDeadLetterQueue());
        assertEquals(ErrorHandlingSettings.DEFAULTS, settings);
    }

    @Test
    void everyKeyIsReadFromStrings() {
        ErrorHandlingSettings settings = ErrorHandlingSettings.from(Map.of(
                "errors.retry.timeout", "-1",
                "errors.retry.delay.max.ms", "5000",
                "errors.tolerance", "ALL",
                "errors.log.enable", "true",
                "errors.log.include.messages", "TRUE",
                "errors.deadletterqueue.topic.name", " dlq ",
                "errors.deadletterqueue.topic.replication.factor", "1",
                "errors.deadletterqueue.context.headers.enable", "true"));

        assertEquals(new ErrorHandlingSettings(-1L, 5000L, ToleranceType.ALL, true, true, "dlq", (short) 1, true),
                settings);
        assertTrue(settings.retriesForever());
        assertTrue(settings.hasDeadLetterQueue());
    }

    @Test
    void typedValuesAreAcceptedToo() {
        ErrorHandlingSettings settings = ErrorHandlingSettings.from(Map.of(
                "errors.retry.timeout", 30_000L,
                "errors.deadletterqueue.topic.replication.factor", (short) 2,
                "errors.log.enable", Boolean.TRUE));

        assertEquals(30_000L, settings.retryTimeoutMs());
        assertEquals((short) 2, settings.deadLetterQueueReplicationFactor());
        assertTrue(settings.logEnable());
    }

    @Test
    void unknownToleranceIsRejectedNamingTheKey() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ErrorHandlingSettings.from(Map.of("errors.tolerance", "some")));
        assertTrue(e.getMessage().contains("errors.tolerance"), e.getMessage());
    }

    @Test
    void malformedNumbersAndBooleansAreRejected() {
        assertThrows(ConfigException.class, () -> ErrorHandlingSettings.from(Map.of("errors.retry.timeout", "soon")));
        assertThrows(ConfigException.class, () -> ErrorHandlingSettings.from(Map.of("errors.log.enable", "yes")));
        assertThrows(ConfigException.class, () -> ErrorHandlingSettings.from(Map.of("errors.retry.timeout", "-2")));
        assertThrows(ConfigException.class,
                () -> ErrorHandlingSettings.from(Map.of("errors.deadletterqueue.topic.replication.factor", "0")));
    }

    @Test
    void toleranceValuesAreLowerCaseAsInConfigs() {
        assertEquals("none", ToleranceType.NONE.value());
        assertEquals("all", ToleranceType.ALL.value());
    }
}
