/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.kafka.connect.data.Schema;
import org.junit.jupiter.api.Test;

/** The envelope and the JSON names of Connect types. */
class JsonSchemaTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void theEnvelopeHoldsSchemaThenPayload() {
        ObjectNode envelope = JsonSchema.envelope(NODES.objectNode().put("type", "int32"), NODES.numberNode(5));
        assertEquals("{\"schema\":{\"type\":\"int32\"},\"payload\":5}", envelope.toString());
    }

    @Test
    void aMissingSchemaOrPayloadIsJsonNull() {
        ObjectNode envelope = JsonSchema.envelope(null, null);
        assertEquals("{\"schema\":null,\"payload\":null}", envelope.toString());
        assertTrue(envelope.get("schema").isNull());
    }

    @Test
    void anEnvelopeObjectRendersTheSameDocument() {
        JsonSchema.Envelope envelope = new JsonSchema.Envelope(NODES.nullNode(), NODES.textNode("x"));
        assertEquals("{\"schema\":null,\"payload\":\"x\"}", envelope.toJsonNode().toString());
    }

    @Test
    void floatTypesKeepTheirHistoricalNames() {
        assertEquals("float", JsonSchema.typeName(Schema.Type.FLOAT32));
        assertEquals("double", JsonSchema.typeName(Schema.Type.FLOAT64));
        assertEquals("int8", JsonSchema.typeName(Schema.Type.INT8));
        assertEquals(Schema.Type.FLOAT64, JsonSchema.typeForName("double"));
        assertNull(JsonSchema.typeForName("float64"));
        assertNull(JsonSchema.typeForName("INT32"));
    }
}
