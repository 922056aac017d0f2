/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.file;

import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileStreamSourceConnectorTest {
    private final FileStreamSourceConnector connector = new FileStreamSourceConnector();

    @Test
    void configDefinesFileTopicAndBatchSizeInThatOrder() {
        ConfigDef def = connector.config();
        assertEquals(List.of("file", "topic", "batch.size"), List.copyOf(def.configKeys().keySet()));

        ConfigDef.ConfigKey file = def.configKeys().get("file");
        assertEquals(ConfigDef.Type.STRING, file.type);
        assertNull(file.defaultValue);
        assertEquals(ConfigDef.Importance.HIGH, file.importance);
        assertEquals("Source filename. If not specified, the standard input will be used", file.documentation);

        ConfigDef.ConfigKey topic = def.configKeys().get("topic");
        assertEquals(ConfigDef.NO_DEFAULT_VALUE, topic.defaultValue);
        assertInstanceOf(ConfigDef.NonEmptyString.class, topic.validator);
        assertEquals("The topic to publish data to", topic.documentation);

        ConfigDef.ConfigKey batch = def.configKeys().get("batch.size");
        assertEquals(ConfigDef.Type.INT, batch.type);
        assertEquals(2000, batch.defaultValue);
        assertEquals(ConfigDef.Importance.LOW, batch.importance);
        assertEquals("The maximum number of records the source task can read from the file each time it is polled",
            batch.documentation);
    }

    @Test
    void validateReportsAMissingTopic() {
        Config result = connector.validate(Map.of());
        ConfigValue topic = result.configValues().stream().filter(v -> v.name().equals("topic")).findFirst().get();
        assertEquals(List.of("Missing required configuration \"topic\" which has no default value."),
            topic.errorMessages());
    }

    @Test
    void validateReportsAnEmptyTopicAndANonNumericBatchSize() {
        Config result = connector.validate(Map.of("topic", "", "batch.size", "abc"));
        Map<String, List<String>> errors = new HashMap<>();
        result.configValues().forEach(v -> errors.put(v.name(), v.errorMessages()));
        assertEquals(List.of("Invalid value  for configuration topic: String must be non-empty"), errors.get("topic"));
        assertEquals(List.of("Invalid value abc for configuration batch.size: Not a number of type INT"),
            errors.get("batch.size"));
        assertEquals(List.of(), errors.get("file"));
    }

    @Test
    void startRejectsAnInvalidConfiguration() {
        ConfigException e = assertThrows(ConfigException.class, () -> connector.start(Map.of("file", "f")));
        assertEquals("Missing required configuration \"topic\" which has no default value.", e.getMessage());
    }

    @Test
    void producesExactlyOneTaskConfigHoldingTheOriginalProperties() {
        Map<String, String> props = Map.of("topic", " t ", "file", "/tmp/in", "extra", "kept");
        connector.start(props);
        assertEquals(List.of(props), connector.taskConfigs(5));
        assertEquals(List.of(props), connector.taskConfigs(1));
        assertEquals(FileStreamSourceTask.class, connector.taskClass());
    }

    @Test
    void exactlyOnceIsSupportedOnlyForARealFile() {
        assertEquals(ExactlyOnceSupport.SUPPORTED, connector.exactlyOnceSupport(Map.of("topic", "t", "file", "f")));
        assertEquals(ExactlyOnceSupport.UNSUPPORTED, connector.exactlyOnceSupport(Map.of("topic", "t")));
        assertEquals(ExactlyOnceSupport.UNSUPPORTED, connector.exactlyOnceSupport(Map.of("topic", "t", "file", "")));
    }

    @Test
    void alterOffsetsAcceptsWellFormedOffsetsAndAnyReset() {
        Map<Map<String, ?>, Map<String, ?>> offsets = new HashMap<>();
        offsets.put(Map.of("filename", "/tmp/in"), Map.of("position", 12L));
        offsets.put(Map.of("filename", "/tmp/other"), null);
        offsets.put(Map.of("unrelated", 1), null);
        offsets.put(null, null);
        assertTrue(connector.alterOffsets(fileConfig(), offsets));
    }

    @Test
    void alterOffsetsIsRefusedForStdin() {
        ConnectException e = assertThrows(ConnectException.class,
            () -> connector.alterOffsets(Map.of("topic", "t"), new HashMap<>()));
        assertEquals("Offsets cannot be modified if the 'file' configuration is unspecified. This is because stdin "
            + "is used for input and offsets are not tracked.", e.getMessage());
    }

    @Test
    void alterOffsetsRejectsMalformedOffsets() {
        assertAlterFails(Map.of("filename", "f"), Map.of("pos", 1L),
            "Offset objects should either be null or contain the key 'position'");
        assertAlterFails(Map.of("filename", "f"), Map.of("position", 1),
            "The value for the 'position' key in the offset is expected to be a Long value");
        assertAlterFails(Map.of("filename", "f"), Map.of("position", -1L),
            "The value for the 'position' key in the offset should be a non-negative value");
        assertAlterFails(Map.of("file", "f"), Map.of("position", 1L),
            "Partition objects should contain the key 'filename'");
        assertAlterFails(null, Map.of("position", 1L), "Partition objects cannot be null");
    }

    @Test
    void versionIsTheKafkaClientsVersion() {
        assertEquals(AppInfoParser.getVersion(), connector.version());
    }

    private void assertAlterFails(Map<String, ?> partition, Map<String, ?> offset, String message) {
        Map<Map<String, ?>, Map<String, ?>> offsets = new HashMap<>(Collections.singletonMap(partition, offset));
        ConnectException e = assertThrows(ConnectException.class, () -> connector.alterOffsets(fileConfig(), offsets));
        assertEquals(message, e.getMessage());
    }

    private static Map<String, String> fileConfig() {
        return Map.of("topic", "t", "file", "/tmp/in");
    }
}
