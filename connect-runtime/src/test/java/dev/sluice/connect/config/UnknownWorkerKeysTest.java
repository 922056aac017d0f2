/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Typos in worker properties are reported once at startup; keys the worker hands on are not typos. */
class UnknownWorkerKeysTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(WorkerConfig.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @BeforeEach
    void captureWarnings() {
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void releaseWarnings() {
        logger.detachAppender(appender);
    }

    private List<ILoggingEvent> warnings() {
        return appender.list.stream().filter(event -> event.getLevel() == Level.WARN).toList();
    }

    private static StandaloneConfig configWith(Map<String, String> extra) {
        Map<String, String> props = WorkerConfigTest.minimal();
        props.putAll(extra);
        return new StandaloneConfig(props);
    }

    @Test
    void unknownKeysAreWarnedOnce() {
        StandaloneConfig config = configWith(Map.of("offset.flush.intervall.ms", "1", "zzz", "3", "foo.bar", "2"));
        assertEquals(Set.of("foo.bar", "offset.flush.intervall.ms", "zzz"), config.unknownKeys());
        List<ILoggingEvent> warnings = warnings();
        assertEquals(1, warnings.size());
        String message = warnings.get(0).getFormattedMessage();
        assertTrue(message.endsWith(": foo.bar, offset.flush.intervall.ms, zzz"), message);
    }

    @Test
    void aConfigWithOnlyKnownKeysWarnsNothing() {
        StandaloneConfig config = configWith(Map.of());
        assertEquals(Set.of(), config.unknownKeys());
        assertEquals(List.of(), warnings());
    }

    @Test
    void prefixedPassThroughsAreNotUnknown() {
        StandaloneConfig config = configWith(Map.ofEntries(
                Map.entry("producer.acks", "all"),
                Map.entry("consumer.max.poll.records", "10"),
                Map.entry("admin.request.timeout.ms", "100"),
                Map.entry("listeners.https.ssl.keystore.location", "/k"),
                Map.entry("admin.listeners.https.ssl.keystore.location", "/k"),
                Map.entry("config.providers.file.class", "x.Y"),
                Map.entry("config.providers.file.param.dir", "/d"),
                Map.entry("key.converter.schemas.enable", "false"),
                Map.entry("value.converter.schemas.enable", "false"),
                Map.entry("header.converter.converter.type", "header"),
                Map.entry("metrics.context.env", "prod"),
                Map.entry("connector.client.config.override.allowlist", "acks")));
        assertEquals(Set.of(), config.unknownKeys());
        assertEquals(List.of(), warnings());
    }

    @Test
    void topLevelKafkaClientSettingsAreNotUnknown() {
        StandaloneConfig config = configWith(Map.of("security.protocol", "SASL_SSL",
                "sasl.mechanism", "PLAIN", "sasl.jaas.config", "x required;", "client.id", "w1"));
        assertEquals(Set.of(), config.unknownKeys());
    }
}
