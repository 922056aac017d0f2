/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.file;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileStreamSinkConnectorTest {
    private final FileStreamSinkConnector connector = new FileStreamSinkConnector();

    @Test
    void configDefinesOnlyAnOptionalFile() {
        ConfigDef def = connector.config();
        assertEquals(List.of("file"), List.copyOf(def.configKeys().keySet()));
        ConfigDef.ConfigKey file = def.configKeys().get("file");
        assertEquals(ConfigDef.Type.STRING, file.type);
        assertNull(file.defaultValue);
        assertEquals(ConfigDef.Importance.HIGH, file.importance);
        assertEquals("Destination filename. If not specified, the standard output will be used", file.documentation);
    }

    @Test
    void validateChecksOnlyTheConnectorsOwnKeys() {
        List<ConfigValue> values = connector.validate(Map.of("topics", "t", "file", "/tmp/out")).configValues();
        assertEquals(List.of("file"), values.stream().map(ConfigValue::name).collect(Collectors.toList()));
        assertEquals("/tmp/out", values.get(0).value());
        assertTrue(values.get(0).errorMessages().isEmpty());
    }

    @Test
    void everyTaskGetsTheSameProperties() {
        Map<String, String> props = Map.of("topics", "a,b", "file", "/tmp/out");
        connector.start(props);
        assertEquals(List.of(props, props, props), connector.taskConfigs(3));
        assertEquals(FileStreamSinkTask.class, connector.taskClass());
    }

    @Test
    void worksWithoutAFile() {
        connector.start(Map.of("topics.regex", "logs-.*"));
        assertEquals(List.of(Map.of("topics.regex", "logs-.*")), connector.taskConfigs(1));
    }

    @Test
    void offsetsMayAlwaysBeAltered() {
        assertTrue(connector.alterOffsets(Map.of(), Map.of(new TopicPartition("t", 0), 5L)));
    }

    @Test
    void versionIsTheKafkaClientsVersion() {
        assertEquals(AppInfoParser.getVersion(), connector.version());
    }
}
