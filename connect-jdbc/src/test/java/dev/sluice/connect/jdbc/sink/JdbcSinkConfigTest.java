/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.jdbc.JdbcSinkConnector;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

/** The settings: defaults as users know them, and refusals that name the key and the reason. */
class JdbcSinkConfigTest {

    private static Map<String, String> props(String... keyValues) {
        Map<String, String> props = new HashMap<>();
        props.put("connection.url", "jdbc:sqlite:sink.db");
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        return props;
    }

    @Test
    void defaults() {
        JdbcSinkConfig config = new JdbcSinkConfig(props());
        assertNull(config.database().user());
        assertNull(config.database().password());
        assertEquals(3, config.getInt("connection.attempts"));
        assertEquals(10_000L, config.getLong("connection.backoff.ms"));
        assertEquals("", config.getString("dialect.name"));
        assertEquals(InsertMode.INSERT, config.insertMode());
        assertEquals(PrimaryKeyMode.NONE, config.pkMode());
        assertEquals(List.of(), config.pkFields());
        assertEquals(List.of(), config.fieldsWhitelist());
        assertEquals("${topic}", config.tableNameFormat());
        assertFalse(config.autoCreate());
        assertFalse(config.autoEvolve());
        assertFalse(config.deleteEnabled());
        assertEquals(3000, config.batchSize());
        assertEquals(10, config.maxRetries());
        assertEquals(3000L, config.retryBackoffMs());
        assertTrue(config.database().quoteIdentifiers());
        assertEquals(ZoneId.of("UTC"), config.database().timeZone());
    }

    @Test
    void modesAreCaseInsensitiveAndThePasswordIsHidden() {
        JdbcSinkConfig config = new JdbcSinkConfig(props("insert.mode", "UPSERT", "pk.mode", "Record_Key",
                "connection.password", "s3cret", "quote.sql.identifiers", "never"));
        assertEquals(InsertMode.UPSERT, config.insertMode());
        assertEquals(PrimaryKeyMode.RECORD_KEY, config.pkMode());
        assertEquals("s3cret", config.database().password());
        assertFalse(config.database().quoteIdentifiers());
        assertFalse(config.values().toString().contains("s3cret"));
    }

    @Test
    void connectionUrlIsRequired() {
        ConfigException error = assertThrows(ConfigException.class, () -> new JdbcSinkConfig(Map.of()));
        assertTrue(error.getMessage().contains("connection.url"), error.getMessage());
    }

    @Test
    void upsertAndUpdateNeedAPrimaryKey() {
        for (String mode : List.of("upsert", "update")) {
            ConfigException error = assertThrows(ConfigException.class,
                    () -> new JdbcSinkConfig(props("insert.mode", mode)));
            assertTrue(error.getMessage().contains("insert.mode"), error.getMessage());
            assertTrue(error.getMessage().contains("pk.mode"), error.getMessage());
        }
    }

    @Test
    void deletesNeedRecordKeys() {
        for (String pkMode : List.of("none", "kafka", "record_value")) {
            ConfigException error = assertThrows(ConfigException.class,
                    () -> new JdbcSinkConfig(props("delete.enabled", "true", "pk.mode", pkMode)));
            assertTrue(error.getMessage().contains("delete.enabled"), error.getMessage());
            assertTrue(error.getMessage().contains("pk.mode=record_key"), error.getMessage());
        }
        new JdbcSinkConfig(props("delete.enabled", "true", "pk.mode", "record_key"));
    }

    @Test
    void kafkaKeysTakeThreeNamesOrNone() {
        ConfigException error = assertThrows(ConfigException.class,
                () -> new JdbcSinkConfig(props("pk.mode", "kafka", "pk.fields", "a,b")));
        assertTrue(error.getMessage().contains("pk.fields"), error.getMessage());
        assertEquals(List.of("a", "b", "c"),
                new JdbcSinkConfig(props("pk.mode", "kafka", "pk.fields", "a,b,c")).pkFields());
    }

    @Test
    void singleKeysAreValidated() {
        Map<String, String> invalid = Map.of("insert.mode", "merge", "pk.mode", "guess", "db.timezone", "Mars/Base",
                "batch.size", "0", "dialect.name", "Oracle", "quote.sql.identifiers", "sometimes");
        invalid.forEach((key, value) -> {
            ConfigException error = assertThrows(ConfigException.class, () -> new JdbcSinkConfig(props(key, value)));
            assertTrue(error.getMessage().contains(key), error.getMessage());
        });
    }

    @Test
    void connectorValidationReportsCombinationsOnTheBlamedKey() {
        JdbcSinkConnector connector = new JdbcSinkConnector();
        Map<String, ConfigValue> values = new HashMap<>();
        connector.validate(props("insert.mode", "upsert", "delete.enabled", "true")).configValues()
                .forEach(value -> values.put(value.name(), value));

        assertEquals(1, values.get("insert.mode").errorMessages().size());
        assertTrue(values.get("delete.enabled").errorMessages().get(0).contains("pk.mode=record_key"));
        assertEquals(List.of(), values.get("pk.mode").errorMessages());
    }

    @Test
    void connectorHandsEveryTaskTheSameSettings() {
        JdbcSinkConnector connector = new JdbcSinkConnector();
        connector.start(props("auto.create", "true"));
        List<Map<String, String>> tasks = connector.taskConfigs(3);
        assertEquals(3, tasks.size());
        tasks.forEach(task -> assertEquals(props("auto.create", "true"), task));
        assertEquals(JdbcSinkTask.class, connector.taskClass());
        assertThrows(ConfigException.class, () -> connector.start(props("insert.mode", "update")));
    }
}
