/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.avro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.testkit.SchemaRegistryEndpoint;
import dev.sluice.connect.testkit.junit.WithSharedSchemaRegistry;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The converter against a real registry with Confluent's API (Apicurio Registry from the test kit). */
@WithSharedSchemaRegistry
class AvroWithRealRegistryTest {

    private final SchemaRegistryEndpoint registry;
    private String topic;

    AvroWithRealRegistryTest(SchemaRegistryEndpoint registry) {
        this.registry = registry;
    }

    @BeforeEach
    void uniqueTopic() {
        topic = "avro-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private AvroConverter converter(String urls) {
        Map<String, Object> config = new HashMap<>();
        config.put("schema.registry.url", urls);
        AvroConverter converter = new AvroConverter();
        converter.configure(config, false);
        return converter;
    }

    @Test
    void everyTypeRoundTripsThroughTheRegistryUnderTheIdItGave() {
        AvroConverter writer = converter(registry.url());
        Struct order = EveryType.value(7);
        byte[] bytes = writer.fromConnectData(topic, EveryType.SCHEMA, order);

        // A second converter knows nothing yet: it asks the registry for the id in the bytes.
        SchemaAndValue read = converter(registry.url()).toConnectData(topic, bytes);
        assertEquals(EveryType.SCHEMA, read.schema());
        EveryType.assertSameValues(order, (Struct) read.value());
        int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
        assertEquals(id, ByteBuffer.wrap(writer.fromConnectData(topic, EveryType.SCHEMA, EveryType.value(8)), 1, 4)
                .getInt());
    }

    @Test
    void compatibleChangesAreAcceptedAndAnIncompatibleOneGetsTheRegistrysMessage() throws Exception {
        setCompatibility(topic + "-value", "BACKWARD");
        AvroConverter converter = converter(registry.url());
        Schema v1 = SchemaBuilder.struct().name("shop.Item").field("id", Schema.INT64_SCHEMA)
                .field("label", Schema.STRING_SCHEMA).build();
        Schema added = SchemaBuilder.struct().name("shop.Item").field("id", Schema.INT64_SCHEMA)
                .field("label", Schema.STRING_SCHEMA).field("color", Schema.OPTIONAL_STRING_SCHEMA).build();
        Schema removed = SchemaBuilder.struct().name("shop.Item").field("id", Schema.INT64_SCHEMA)
                .field("color", Schema.OPTIONAL_STRING_SCHEMA).build();
        Schema retyped = SchemaBuilder.struct().name("shop.Item").field("id", Schema.STRING_SCHEMA)
                .field("color", Schema.OPTIONAL_STRING_SCHEMA).build();

        byte[] first = converter.fromConnectData(topic, v1, new Struct(v1).put("id", 1L).put("label", "a"));
        byte[] second = converter.fromConnectData(topic, added, new Struct(added).put("id", 2L).put("label", "b"));
        byte[] third = converter.fromConnectData(topic, removed, new Struct(removed).put("id", 3L));
        assertNotEquals(ByteBuffer.wrap(first, 1, 4).getInt(), ByteBuffer.wrap(second, 1, 4).getInt());
        assertEquals(3L, ((Struct) converter.toConnectData(topic, third).value()).get("id"));

        DataException refused = assertThrows(DataException.class, () ->
                converter.fromConnectData(topic, retyped, new Struct(retyped).put("id", "4")));
        assertTrue(refused.getMessage().startsWith("Failed to serialize Avro data from topic " + topic + " (subject "
                + topic + "-value): "), refused.getMessage());
        assertTrue(refused.getMessage().contains("ncompatible"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("error code: 409"), refused.getMessage());
    }

    @Test
    void aDownRegistryURLIsSkippedAndNoneUpIsAClearError() throws IOException {
        String down = "http://127.0.0.1:" + closedPort() + "/apis/ccompat/v7";
        Schema schema = SchemaBuilder.struct().field("n", Schema.INT32_SCHEMA).build();
        AvroConverter failover = converter(down + "," + registry.url());
        byte[] bytes = failover.fromConnectData(topic, schema, new Struct(schema).put("n", 5));
        assertEquals(5, ((Struct) failover.toConnectData(topic, bytes).value()).get("n"));

        DataException unreachable = assertThrows(DataException.class, () -> converter(down).fromConnectData(topic,
                schema, new Struct(schema).put("n", 5)));
        assertTrue(unreachable.getMessage().startsWith("Failed to serialize Avro data from topic " + topic
                + " (subject " + topic + "-value): No schema registry answered at " + down), unreachable.getMessage());
        DataException unknownId = assertThrows(DataException.class, () -> converter(down).toConnectData(topic,
                bytes));
        assertTrue(unknownId.getMessage().startsWith("Failed to deserialize data for topic " + topic
                + " to Avro: schema id " + ByteBuffer.wrap(bytes, 1, 4).getInt() + ": No schema registry answered"),
                unknownId.getMessage());
    }

    private void setCompatibility(String subject, String level) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(registry.url() + "/config/" + subject))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"compatibility\":\"" + level + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
