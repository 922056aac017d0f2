/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

import static org.apache.kafka.connect.json.Outcomes.TOPIC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** The public Kafka serializer and deserializer of Jackson trees, compared with Apache's where it matters. */
class JsonSerdeTest {

    private static final List<String> DOCUMENTS = documents();

    private final ApacheOracle apache = ApacheOracle.get();

    private static List<String> documents() {
        List<String> docs = new ArrayList<>(JsonDocumentCorpus.syntaxProbes());
        docs.addAll(Arrays.asList(null, "", " ", "null", "true", "{\"b\":1,\"a\":[1.5,null,{}]}", "{"));
        docs.add("\"" + ConverterCorpus.UNICODE.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                .replace("\t", "\\t").replace("\r", "\\r").replace("\b", "\\b").replace("\f", "\\f")
                .replace("\u0000", "\\u0000").replace("\u0001", "\\u0001").replace("\u001f", "\\u001f") + "\"");
        return docs;
    }

    @Test
    void deserializingGivesApachesTreesAndErrors() {
        Object theirs = apache.create("org.apache.kafka.connect.json.JsonDeserializer");
        JsonDeserializer ours = new JsonDeserializer();
        for (String doc : DOCUMENTS) {
            byte[] bytes = doc == null ? null : doc.getBytes(StandardCharsets.UTF_8);
            String expected = ApacheOracle.outcome(() -> tree(apache.call(theirs, "deserialize", TOPIC, bytes)));
            String actual = ApacheOracle.outcome(() -> tree(ours.deserialize(TOPIC, bytes)));
            assertEquals(expected, actual, String.valueOf(doc));
        }
    }

    @Test
    void reserializingGivesApachesBytes() {
        Object theirDeserializer = apache.create("org.apache.kafka.connect.json.JsonDeserializer");
        Object theirSerializer = apache.create("org.apache.kafka.connect.json.JsonSerializer");
        JsonDeserializer ourDeserializer = new JsonDeserializer();
        JsonSerializer ourSerializer = new JsonSerializer();
        for (String doc : DOCUMENTS) {
            byte[] bytes = doc == null ? null : doc.getBytes(StandardCharsets.UTF_8);
            String expected = ApacheOracle.outcome(() -> apache.call(theirSerializer, "serialize", TOPIC,
                    apache.call(theirDeserializer, "deserialize", TOPIC, bytes)));
            String actual = ApacheOracle.outcome(() -> ourSerializer.serialize(TOPIC,
                    ourDeserializer.deserialize(TOPIC, bytes)));
            assertEquals(expected, actual, String.valueOf(doc));
        }
    }

    @Test
    void treesApacheCannotWriteFailTheSameWay() {
        Object theirFactory = apache.callStatic("com.fasterxml.jackson.databind.node.JsonNodeFactory",
                "withExactBigDecimals", true);
        Object theirSerializer = apache.create("org.apache.kafka.connect.json.JsonSerializer");
        JsonSerializer ours = new JsonSerializer();
        // Optional needs jackson-datatype-jdk8, which Apache's public serializer does not register either.
        for (Object pojo : List.of(Optional.of(1), new java.util.Date(5), Map.of("k", 1), new byte[] {1})) {
            String expected = ApacheOracle.outcome(() -> apache.call(theirSerializer, "serialize", TOPIC,
                    apache.call(theirFactory, "pojoNode", pojo)));
            String actual = ApacheOracle.outcome(() -> ours.serialize(TOPIC, JsonNodeFactory.instance.pojoNode(pojo)));
            assertEquals(expected, actual, pojo.getClass().getName());
        }
    }

    @Test
    void nullPassesThroughBothWays() {
        assertNull(new JsonSerializer().serialize(TOPIC, null));
        assertNull(new JsonDeserializer().deserialize(TOPIC, null));
    }

    @Test
    void emptyBytesGiveAMissingNode() {
        assertInstanceOf(MissingNode.class, new JsonDeserializer().deserialize(TOPIC, new byte[0]));
    }

    @Test
    void thePublicDeserializerReadsFractionsAsDoubles() {
        JsonNode node = new JsonDeserializer().deserialize(TOPIC, "1.10".getBytes(StandardCharsets.UTF_8));
        assertInstanceOf(DoubleNode.class, node);
    }

    @Test
    void invalidJsonFailsWithASerializationException() {
        SerializationException e = assertThrows(SerializationException.class,
                () -> new JsonDeserializer().deserialize(TOPIC, "{".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("com.fasterxml.jackson.core.io.JsonEOFException: "), e.getMessage());
    }

    @Test
    void unwritableTreesFailWithASerializationException() {
        SerializationException e = assertThrows(SerializationException.class,
                () -> new JsonSerializer().serialize(TOPIC, JsonNodeFactory.instance.pojoNode(Optional.of(1))));
        assertEquals("Error serializing JSON message", e.getMessage());
    }

    @Test
    void settingsAreAcceptedAndIgnored() {
        JsonSerializer serializer = new JsonSerializer();
        serializer.configure(Map.of("anything", "goes"), false);
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("b", 1).put("a", 2);
        assertEquals("{\"b\":1,\"a\":2}", new String(serializer.serialize(TOPIC, node), StandardCharsets.UTF_8));
        JsonDeserializer deserializer = new JsonDeserializer();
        deserializer.configure(Map.of("anything", "goes"), true);
        assertEquals(node, deserializer.deserialize(TOPIC, "{\"b\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8)));
        serializer.close();
        deserializer.close();
    }

    private static String tree(Object node) {
        return node == null ? "null" : node.getClass().getSimpleName() + " " + node;
    }
}
