/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

import static org.apache.kafka.connect.json.Outcomes.TOPIC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.storage.HeaderConverter;
import org.junit.jupiter.api.Test;

/** JsonConverter as a {@link HeaderConverter}: header values are written and read exactly like record values. */
class JsonConverterHeaderTest {

    private static JsonConverter headerConverter(Map<String, Object> extra) {
        Map<String, Object> configs = new java.util.HashMap<>(extra);
        configs.put("converter.type", "header");
        JsonConverter converter = new JsonConverter();
        converter.configure(configs);
        return converter;
    }

    @Test
    void headersAreWrittenInTheEnvelopeByDefault() {
        byte[] bytes = headerConverter(Map.of()).fromConnectHeader(TOPIC, "trace", Schema.STRING_SCHEMA, "abc");
        assertEquals("{\"schema\":{\"type\":\"string\",\"optional\":false},\"payload\":\"abc\"}",
                new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void headersRoundTripWithTheirSchema() {
        HeaderConverter converter = headerConverter(Map.of());
        Schema schema = SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT64_SCHEMA).build();
        byte[] bytes = converter.fromConnectHeader(TOPIC, "counts", schema, Map.of("a", 1L));
        assertEquals(new SchemaAndValue(schema, Map.of("a", 1L)), converter.toConnectHeader(TOPIC, "counts", bytes));
    }

    @Test
    void aNullHeaderIsNullBothWays() {
        HeaderConverter converter = headerConverter(Map.of());
        assertNull(converter.fromConnectHeader(TOPIC, "h", null, null));
        assertSame(SchemaAndValue.NULL, converter.toConnectHeader(TOPIC, "h", null));
    }

    @Test
    void schemalessHeadersArePlainJson() {
        HeaderConverter converter = headerConverter(Map.of("schemas.enable", false));
        assertEquals("\"v\"", new String(converter.fromConnectHeader(TOPIC, "k", Schema.STRING_SCHEMA, "v"),
                StandardCharsets.UTF_8));
        assertEquals(new SchemaAndValue(null, "v"),
                converter.toConnectHeader(TOPIC, "k", "\"v\"".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyCorpusValueWrittenAsAHeaderGivesApachesBytes() {
        ApacheOracle apache = ApacheOracle.get();
        ApacheMirror mirror = new ApacheMirror(apache);
        for (Map<String, Object> settings : List.of(Map.<String, Object>of(), Map.<String, Object>of(
                "schemas.enable", false), Map.<String, Object>of("decimal.format", "NUMERIC"))) {
            Map<String, Object> apacheSettings = new java.util.HashMap<>(settings);
            apacheSettings.put("converter.type", "header");
            Object theirs = apache.create("org.apache.kafka.connect.json.JsonConverter");
            apache.call(theirs, "configure", apacheSettings);
            HeaderConverter ours = headerConverter(settings);
            for (ConverterCorpus.Case entry : ConverterCorpus.all()) {
                Object apacheSchema = mirror.schema(entry.schema());
                Object apacheValue = mirror.value(entry.value());
                String expected = ApacheOracle.outcome(() -> apache.call(theirs, "fromConnectHeader", TOPIC,
                        entry.name(), apacheSchema, apacheValue));
                String actual = ApacheOracle.outcome(() -> ours.fromConnectHeader(TOPIC, entry.name(),
                        entry.schema(), entry.value()));
                assertEquals(expected, actual, entry.name() + " with " + settings);
            }
        }
    }
}
