/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * The {@code {"schema":…,"payload":…}} document at the byte level. A source writes the same schema into every record
 * and a sink reads it back from every record; joining cached schema bytes to the payload, and splitting the schema's
 * bytes off unparsed to look them up, saves building, hashing and writing a schema tree per record. The bytes joined
 * are those Jackson writes for the whole envelope tree.
 */
final class EnvelopeBytes {

    private static final byte[] HEAD = ("{\"" + JsonSchema.ENVELOPE_SCHEMA_FIELD_NAME + "\":")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] MIDDLE = (",\"" + JsonSchema.ENVELOPE_PAYLOAD_FIELD_NAME + "\":")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] TAIL = {'}'};
    static final byte[] JSON_NULL = "null".getBytes(StandardCharsets.UTF_8);

    private EnvelopeBytes() {
    }

    /** The envelope of a schema and a payload, each already compact JSON; a null payload is written as JSON null. */
    static byte[] join(byte[] schema, byte[] payload) {
        byte[] body = payload == null ? JSON_NULL : payload;
        byte[] document = new byte[HEAD.length + schema.length + MIDDLE.length + body.length + TAIL.length];
        int at = 0;
        for (byte[] part : new byte[][] {HEAD, schema, MIDDLE, body, TAIL}) {
            System.arraycopy(part, 0, document, at, part.length);
            at += part.length;
        }
        return document;
    }

    /**
     * Splits an envelope whose schema is a JSON object: the schema's bytes, unparsed, and the payload's tree.
     *
     * @return the parts, or null when the document is anything else (not JSON, not an object, other or repeated
     *         fields, a schema that is not an object); the caller then reads it as a whole, which also gives the
     *         errors
     */
    static Parts split(ObjectMapper mapper, byte[] document) {
        try (JsonParser parser = mapper.createParser(document)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            SchemaKey schema = null;
            JsonNode payload = null;
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken valueToken = parser.nextToken();
                if (JsonSchema.ENVELOPE_SCHEMA_FIELD_NAME.equals(field) && schema == null
                        && valueToken == JsonToken.START_OBJECT) {
                    int from = (int) parser.currentTokenLocation().getByteOffset();
                    parser.skipChildren();
                    // The closing brace is one byte.
                    int to = (int) parser.currentTokenLocation().getByteOffset() + 1;
                    schema = new SchemaKey(document, from, to);
                } else if (JsonSchema.ENVELOPE_PAYLOAD_FIELD_NAME.equals(field) && payload == null) {
                    payload = valueToken == JsonToken.VALUE_NULL ? NullNode.getInstance() : mapper.readTree(parser);
                } else {
                    return null;
                }
            }
            return token == JsonToken.END_OBJECT && schema != null && payload != null
                    ? new Parts(schema, payload) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** An envelope's schema bytes and payload tree. */
    record Parts(SchemaKey schema, JsonNode payload) {
    }

    /** A range of bytes holding a schema's JSON, equal to another range with the same bytes. */
    static final class SchemaKey {
        private static final int HASHED_EDGE_BYTES = 64;

        private final byte[] bytes;
        private final int from;
        private final int to;
        private final int hash;

        SchemaKey(byte[] bytes, int from, int to) {
            this.bytes = bytes;
            this.from = from;
            this.to = to;
            this.hash = sampledHash(bytes, from, to);
        }

        /**
         * A hash of the length and the bytes at both ends only: it is computed for every record read, while schemas
         * that differ only in the middle are rare and still told apart by {@link #equals}.
         */
        private static int sampledHash(byte[] bytes, int from, int to) {
            int h = to - from;
            for (int i = from; i < Math.min(to, from + HASHED_EDGE_BYTES); i++) {
                h = 31 * h + bytes[i];
            }
            for (int i = Math.max(from + HASHED_EDGE_BYTES, to - HASHED_EDGE_BYTES); i < to; i++) {
                h = 31 * h + bytes[i];
            }
            return h;
        }

        /** The schema's JSON bytes. */
        byte[] toBytes() {
            return Arrays.copyOfRange(bytes, from, to);
        }

        /** A key that holds its own copy of the bytes, not the whole document. */
        SchemaKey detached() {
            return from == 0 && to == bytes.length ? this : new SchemaKey(toBytes(), 0, to - from);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SchemaKey that && hash == that.hash
                    && Arrays.equals(bytes, from, to, that.bytes, that.from, that.to);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
