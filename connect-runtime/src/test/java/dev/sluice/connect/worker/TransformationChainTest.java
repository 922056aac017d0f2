/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.config.ConnectorConfig;
import dev.sluice.connect.isolation.PluginDiscoveryMode;
import dev.sluice.connect.isolation.Plugins;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.transforms.Transformation;
import org.apache.kafka.connect.transforms.predicates.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TransformationChainTest {

    static Plugins plugins;

    final List<String> events = new ArrayList<>();

    @BeforeAll
    static void discover() {
        plugins = Plugins.discover(List.of(), PluginDiscoveryMode.SERVICE_LOAD, true);
    }

    @AfterAll
    static void close() {
        plugins.close();
    }

    static SourceRecord record(String topic) {
        return new SourceRecord(Map.of(), Map.of(), topic, null, "value");
    }

    /** Appends a suffix to the topic and logs each call and close. */
    class Rename implements Transformation<SourceRecord> {
        private final String suffix;

        Rename(String suffix) {
            this.suffix = suffix;
        }

        @Override
        public SourceRecord apply(SourceRecord record) {
            events.add("apply " + suffix);
            return record.newRecord(record.topic() + suffix, record.kafkaPartition(), record.keySchema(),
                    record.key(), record.valueSchema(), record.value(), record.timestamp());
        }

        @Override
        public ConfigDef config() {
            return new ConfigDef();
        }

        @Override
        public void close() {
            events.add("close " + suffix);
        }

        @Override
        public void configure(Map<String, ?> configs) {
        }
    }

    final class Drop implements Transformation<SourceRecord> {
        @Override
        public SourceRecord apply(SourceRecord record) {
            events.add("drop");
            return null;
        }

        @Override
        public ConfigDef config() {
            return new ConfigDef();
        }

        @Override
        public void close() {
            events.add("close drop");
        }

        @Override
        public void configure(Map<String, ?> configs) {
        }
    }

    final class TopicStartsWith implements Predicate<SourceRecord> {
        private final String prefix;

        TopicStartsWith(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public boolean test(SourceRecord record) {
            return record.topic().startsWith(prefix);
        }

        @Override
        public ConfigDef config() {
            return new ConfigDef();
        }

        @Override
        public void close() {
            events.add("close predicate");
        }

        @Override
        public void configure(Map<String, ?> configs) {
        }
    }

    TransformationChain<SourceRecord> chain(List<TransformationStage<SourceRecord>> stages) {
        return new TransformationChain<>(stages);
    }

    @Test
    void transformsApplyInConfiguredOrder() {
        TransformationChain<SourceRecord> chain = chain(List.of(
                new TransformationStage<>("a", new Rename("-a"), null, false),
                new TransformationStage<>("b", new Rename("-b"), null, false)));
        assertEquals("t-a-b", chain.apply(record("t")).topic());
    }

    @Test
    void transformAppliesOnlyWhenPredicateMatches() {
        TransformationChain<SourceRecord> chain = chain(List.of(
                new TransformationStage<>("a", new Rename("-a"), new TopicStartsWith("orders"), false)));
        assertEquals("orders-a", chain.apply(record("orders")).topic());
        SourceRecord other = record("users");
        assertSame(other, chain.apply(other));
    }

    @Test
    void negatedPredicateInvertsTheCondition() {
        TransformationChain<SourceRecord> chain = chain(List.of(
                new TransformationStage<>("a", new Rename("-a"), new TopicStartsWith("orders"), true)));
        SourceRecord orders = record("orders");
        assertSame(orders, chain.apply(orders));
        assertEquals("users-a", chain.apply(record("users")).topic());
    }

    @Test
    void droppedRecordSkipsLaterStages() {
        TransformationChain<SourceRecord> chain = chain(List.of(
                new TransformationStage<>("a", new Rename("-a"), null, false),
                new TransformationStage<>("drop", new Drop(), null, false),
                new TransformationStage<>("b", new Rename("-b"), null, false)));
        assertNull(chain.apply(record("t")));
        assertEquals(List.of("apply -a", "drop"), events);
    }

    @Test
    void emptyChainPassesRecordsThrough() {
        SourceRecord record = record("t");
        assertSame(record, TransformationChain.<SourceRecord>identity().apply(record));
    }

    @Test
    void closeClosesEveryTransformationAndPredicate() {
        chain(List.of(new TransformationStage<>("a", new Rename("-a"), new TopicStartsWith("x"), false),
                new TransformationStage<>("b", new Rename("-b"), null, false))).close();
        assertEquals(List.of("close -a", "close predicate", "close -b"), events);
    }

    @Test
    void chainBuiltFromConfigUsesTheConfiguredPluginsAndPredicates() {
        Map<String, String> props = new HashMap<>(Map.of("name", "c", "connector.class", "FileStreamSource",
                "transforms", "route,drop",
                "transforms.route.type", "RegexRouter", "transforms.route.regex", "(.*)",
                "transforms.route.replacement", "$1-routed"));
        props.putAll(Map.of("transforms.drop.type", "Filter", "transforms.drop.predicate", "isRouted",
                "predicates", "isRouted", "predicates.isRouted.type", "TopicNameMatches",
                "predicates.isRouted.pattern", "secret.*"));
        try (TransformationChain<SourceRecord> chain = TransformationChain.fromConfig(
                new ConnectorConfig(plugins, props), plugins)) {
            assertEquals("orders-routed", chain.apply(record("orders")).topic());
            assertNull(chain.apply(record("secret")));
            assertEquals(2, chain.stages().size());
            assertEquals("drop", chain.stages().get(1).alias());
        }
    }

    @Test
    void pluginsRunWithTheirOwnLoaderAsContextLoader() {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        ClassLoader marker = new ClassLoader(before) { };
        Thread.currentThread().setContextClassLoader(marker);
        try {
            List<ClassLoader> seen = new ArrayList<>();
            Transformation<SourceRecord> spy = new Rename("-a") {
                @Override
                public SourceRecord apply(SourceRecord record) {
                    seen.add(Thread.currentThread().getContextClassLoader());
                    return record;
                }
            };
            chain(List.of(new TransformationStage<>("a", spy, null, false))).apply(record("t"));
            assertEquals(List.of(spy.getClass().getClassLoader()), seen);
            assertSame(marker, Thread.currentThread().getContextClassLoader());
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }

    @Test
    void unknownTransformTypeNamesTheKey() {
        Map<String, String> props = Map.of("name", "c", "connector.class", "FileStreamSource",
                "transforms", "x", "transforms.x.type", "com.nope.Nope");
        ConfigException e = assertThrows(ConfigException.class,
                () -> TransformationChain.fromConfig(new ConnectorConfig(plugins, props), plugins));
        assertTrue(e.getMessage().contains("transforms.x.type"), e.getMessage());
    }

    @Test
    void badTransformSettingsAreRejectedWithTheTransformsMessage() {
        Map<String, String> props = Map.of("name", "c", "connector.class", "FileStreamSource",
                "transforms", "r", "transforms.r.type", "RegexRouter", "transforms.r.replacement", "x");
        ConfigException e = assertThrows(ConfigException.class,
                () -> TransformationChain.fromConfig(new ConnectorConfig(plugins, props), plugins));
        assertEquals("Missing required configuration \"transforms.r.regex\" which has no default value.",
                e.getMessage());
    }
}
