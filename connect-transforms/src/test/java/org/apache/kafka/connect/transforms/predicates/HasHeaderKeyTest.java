/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms.predicates;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HasHeaderKeyTest {

    private static HasHeaderKey<SinkRecord> predicate(Object name) {
        HasHeaderKey<SinkRecord> predicate = new HasHeaderKey<>();
        Map<String, Object> config = new HashMap<>();
        config.put("name", name);
        predicate.configure(config);
        return predicate;
    }

    private static SinkRecord record() {
        return new SinkRecord("topic", 0, null, null, null, "value", 0L);
    }

    @Test
    void configDefDeclaresARequiredNonEmptyName() {
        HasHeaderKey<SinkRecord> predicate = new HasHeaderKey<>();
        assertSame(HasHeaderKey.CONFIG_DEF, predicate.config());
        ConfigDef.ConfigKey key = HasHeaderKey.CONFIG_DEF.configKeys().get("name");
        assertEquals(1, HasHeaderKey.CONFIG_DEF.configKeys().size());
        assertEquals(ConfigDef.Type.STRING, key.type);
        assertSame(ConfigDef.NO_DEFAULT_VALUE, key.defaultValue);
        assertEquals(ConfigDef.Importance.MEDIUM, key.importance);
        assertEquals("The header name.", key.documentation);
        assertEquals("non-empty string", key.validator.toString());
        assertEquals("A predicate which is true for records with at least one header with the configured name.",
                HasHeaderKey.OVERVIEW_DOC);
    }

    @Test
    void missingNameIsRejected() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new HasHeaderKey<SinkRecord>().configure(Map.of()));
        assertEquals("Missing required configuration \"name\" which has no default value.", e.getMessage());
    }

    @Test
    void blankNameIsRejected() {
        ConfigException e = assertThrows(ConfigException.class, () -> predicate(" "));
        assertEquals("Invalid value  for configuration name: String must be non-empty", e.getMessage());
    }

    @Test
    void nonStringNameIsRejected() {
        ConfigException e = assertThrows(ConfigException.class, () -> predicate(5));
        assertEquals("Invalid value 5 for configuration name: Expected value to be a string, but it was a "
                + "java.lang.Integer", e.getMessage());
    }

    @Test
    void matchesWhenAnyHeaderHasTheName() {
        HasHeaderKey<SinkRecord> predicate = predicate("foo");
        SinkRecord record = record();
        assertFalse(predicate.test(record));
        record.headers().addString("FOO", "other case").addString("bar", "x");
        assertFalse(predicate.test(record));
        record.headers().add("foo", null, null);
        assertTrue(predicate.test(record));
    }

    @Test
    void nameIsTrimmedLikeEveryStringConfig() {
        HasHeaderKey<SinkRecord> predicate = predicate(" foo ");
        SinkRecord record = record();
        record.headers().addString(" foo ", "x");
        assertFalse(predicate.test(record));
        record.headers().addString("foo", "x");
        assertTrue(predicate.test(record));
    }

    @Test
    void aNullNameIsAcceptedAndNeverMatches() {
        HasHeaderKey<SinkRecord> predicate = predicate(null);
        SinkRecord record = record();
        record.headers().addString("foo", "x");
        assertFalse(predicate.test(record));
        assertEquals("HasHeaderKey{name='null'}", predicate.toString());
    }

    @Test
    void toStringShowsTheName() {
        assertEquals("HasHeaderKey{name='null'}", new HasHeaderKey<SinkRecord>().toString());
        assertEquals("HasHeaderKey{name='foo'}", predicate("foo").toString());
    }

    @Test
    void versionIsTheKafkaVersion() {
        assertEquals("4.3.1", new HasHeaderKey<SinkRecord>().version());
    }
}
