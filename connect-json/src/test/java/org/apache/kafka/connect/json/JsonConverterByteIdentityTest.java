/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

import static org.apache.kafka.connect.json.Outcomes.TOPIC;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.connect.data.SchemaAndValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Byte identity with Apache Kafka Connect 4.3.1's {@code JsonConverter}.
 *
 * <p>How Apache's bytes are obtained: Apache's real connect-json 4.3.1, with its connect-api, kafka-clients and
 * Jackson 2.21.2, runs in an isolated class loader ({@link ApacheOracle}); nothing is recorded, so every expectation
 * is produced by Apache's code in the same JVM run. Three kinds of input cross the loader boundary:
 * <ol>
 *   <li>{@link ConverterCorpus}: schemas and values built in our world. {@link ApacheMirror} rebuilds each in
 *       Apache's world through Apache's own {@code SchemaBuilder} and {@code Struct} (reflection; JDK values such as
 *       numbers, strings, byte arrays, dates and decimals are shared as they are). Both converters write it; the
 *       bytes must be identical. Both then read their bytes back; the results must describe identically
 *       ({@link Describe}, which names Java classes too) and writing them again must again give identical bytes.
 *       Where the round trip is lossless, our result must also equal the original schema and value.</li>
 *   <li>{@link JsonDocumentCorpus#documents()}: JSON documents given as bytes to both converters' read side:
 *       envelopes of every type, lenient and invalid payloads, broken schemas and non-JSON. Results or exceptions
 *       (class, message and cause) must match, and successful reads are written back and compared as bytes.</li>
 *   <li>{@link JsonDocumentCorpus#schemalessValues()}: plain Java values written without a schema.</li>
 * </ol>
 * Each input runs under several settings. Exceptions compare equal except that our message for unparseable bytes
 * names the topic (see {@link Outcomes#error}).
 */
class JsonConverterByteIdentityTest {

    /** The settings every input is run under. */
    static final Map<String, Map<String, Object>> SETTINGS = new LinkedHashMap<>();

    static {
        SETTINGS.put("defaults", Map.of());
        SETTINGS.put("numeric decimals", Map.of("decimal.format", "NUMERIC"));
        SETTINGS.put("nulls kept", Map.of("replace.null.with.default", false));
        SETTINGS.put("schemaless", Map.of("schemas.enable", false));
        SETTINGS.put("schemaless numeric nulls kept", Map.of("schemas.enable", false, "decimal.format", "numeric",
                "replace.null.with.default", false));
        // Every document is then read as this struct, envelope or not.
        SETTINGS.put("schema content", Map.of("schema.content", "{\"type\":\"struct\",\"optional\":true,"
                + "\"fields\":[{\"field\":\"schema\",\"type\":\"string\",\"optional\":true},"
                + "{\"field\":\"payload\",\"type\":\"int64\",\"optional\":true,\"default\":5}]}"));
    }

    private final ApacheOracle apache = ApacheOracle.get();
    private final ApacheMirror mirror = new ApacheMirror(apache);

    static Stream<ConverterCorpus.Case> corpus() {
        return ConverterCorpus.all().stream();
    }

    static Stream<String> documents() {
        return JsonDocumentCorpus.documents().stream();
    }

    static Stream<Object> schemalessValues() {
        return JsonDocumentCorpus.schemalessValues().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void writingCorpusValuesGivesApachesBytesAndReadsBackAlike(ConverterCorpus.Case entry) {
        for (Map.Entry<String, Map<String, Object>> setting : SETTINGS.entrySet()) {
            String context = entry.name() + " with " + setting.getKey();
            Object theirs = apache.converter(setting.getValue(), false);
            JsonConverter ours = ours(setting.getValue());

            Object[] apacheInput = new Object[2];
            apacheInput[0] = mirror.schema(entry.schema());
            apacheInput[1] = mirror.value(entry.value());
            String expected = ApacheOracle.outcome(
                    () -> apache.call(theirs, "fromConnectData", TOPIC, apacheInput[0], apacheInput[1]));
            byte[][] written = new byte[1][];
            String actual = ApacheOracle.outcome(
                    () -> written[0] = ours.fromConnectData(TOPIC, entry.schema(), entry.value()));
            assertEquals(expected, actual, context);

            if (written[0] != null) {
                SchemaAndValue readBack = assertReadsAlike(theirs, ours, written[0], context);
                if (entry.lossless() && setting.getKey().equals("defaults")) {
                    assertEquals(Describe.schema(entry.schema()), Describe.schema(readBack.schema()), context);
                    assertEquals(Describe.value(entry.value()), Describe.value(readBack.value()), context);
                }
            }
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("documents")
    void readingJsonDocumentsMatchesApache(String document) {
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        for (Map.Entry<String, Map<String, Object>> setting : SETTINGS.entrySet()) {
            assertReadsAlike(apache.converter(setting.getValue(), false), ours(setting.getValue()), bytes,
                    document + " with " + setting.getKey());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemalessValues")
    void writingSchemalessJavaValuesGivesApachesBytes(Object value) {
        for (Map.Entry<String, Map<String, Object>> setting : SETTINGS.entrySet()) {
            Object theirs = apache.converter(setting.getValue(), false);
            JsonConverter ours = ours(setting.getValue());
            Object apacheValue = mirror.value(value);
            String expected = ApacheOracle.outcome(() -> apache.call(theirs, "fromConnectData", TOPIC, null,
                    apacheValue));
            String actual = ApacheOracle.outcome(() -> ours.fromConnectData(TOPIC, null, value));
            assertEquals(expected, actual, Describe.value(value) + " with " + setting.getKey());
        }
    }

    /**
     * Reads {@code bytes} with both converters and checks the results (or failures) agree; when both succeed,
     * writes the results back and checks those bytes agree too.
     *
     * @return our read, or null if reading failed
     */
    private SchemaAndValue assertReadsAlike(Object theirs, JsonConverter ours, byte[] bytes, String context) {
        Object[] apacheRead = new Object[1];
        String expected = read(() -> apacheRead[0] = apache.call(theirs, "toConnectData", TOPIC, bytes));
        SchemaAndValue[] ourRead = new SchemaAndValue[1];
        String actual = read(() -> ourRead[0] = ours.toConnectData(TOPIC, bytes));
        assertEquals(expected, actual, "reading " + context);
        if (ourRead[0] == null) {
            return null;
        }
        Object apacheSchema = apache.call(apacheRead[0], "schema");
        Object apacheValue = apache.call(apacheRead[0], "value");
        String rewrittenExpected = ApacheOracle.outcome(
                () -> apache.call(theirs, "fromConnectData", TOPIC, apacheSchema, apacheValue));
        String rewrittenActual = ApacheOracle.outcome(
                () -> ours.fromConnectData(TOPIC, ourRead[0].schema(), ourRead[0].value()));
        assertEquals(rewrittenExpected, rewrittenActual, "writing back " + context);
        return ourRead[0];
    }

    private static String read(ApacheOracle.ThrowingSupplier<Object> call) {
        try {
            Object result = call.get();
            Object schema = result.getClass().getMethod("schema").invoke(result);
            Object value = result.getClass().getMethod("value").invoke(result);
            return "schema " + Describe.schema(schema) + " value " + Describe.value(value);
        } catch (Throwable e) {
            return Outcomes.error(e);
        }
    }

    static JsonConverter ours(Map<String, Object> settings) {
        JsonConverter converter = new JsonConverter();
        converter.configure(settings, false);
        return converter;
    }

    /** How many comparisons the corpus drives, for the module docs. */
    static List<Integer> sizes() {
        return List.of(ConverterCorpus.all().size(), JsonDocumentCorpus.documents().size(),
                JsonDocumentCorpus.schemalessValues().size(), SETTINGS.size());
    }
}
