/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.function.Executable;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Records and assertions shared by the field transform tests. */
final class FieldTransformFixtures {

    static final String REPLACE_NULL_DOC = "Whether to replace fields that have a default value and that are null to "
            + "the default value. When set to true, the default value is used, otherwise null is used.";

    private FieldTransformFixtures() {
    }

    /** A source record on topic "topicA", partition 3, timestamp 1234, without a key. */
    static SourceRecord sourceRecord(Schema valueSchema, Object value) {
        return new SourceRecord(Map.of("sp", 1), Map.of("so", 2), "topicA", 3, null, null, valueSchema, value, 1234L);
    }

    /** A sink record on topic "topicB", partition 5, offset 42, timestamp 999. */
    static SinkRecord sinkRecord(Schema keySchema, Object key, Schema valueSchema, Object value) {
        return new SinkRecord("topicB", 5, keySchema, key, valueSchema, value, 42L, 999L, TimestampType.CREATE_TIME);
    }

    static SinkRecord sinkRecord(Schema valueSchema, Object value) {
        return sinkRecord(null, null, valueSchema, value);
    }

    static <T extends Transformation<?>> T configured(T transform, Map<String, ?> props) {
        transform.configure(props);
        return transform;
    }

    static void assertConfigError(String expectedMessage, Executable configure) {
        ConfigException e = assertThrows(ConfigException.class, configure);
        assertEquals(expectedMessage, e.getMessage());
    }

    /** Checks one key of a transform's ConfigDef as the worker's REST API would show it. */
    static void assertConfigKey(ConfigDef def, String name, ConfigDef.Type type, Object defaultValue,
                                ConfigDef.Importance importance, String validator, String documentation) {
        ConfigDef.ConfigKey key = def.configKeys().get(name);
        assertEquals(name, key.name);
        assertEquals(type, key.type);
        assertEquals(defaultValue, key.defaultValue);
        assertEquals(importance, key.importance);
        assertEquals(validator, key.validator == null ? null : key.validator.toString());
        assertEquals(documentation, key.documentation);
    }
}
