/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.ConverterConfig;
import org.apache.kafka.connect.storage.ConverterType;
import org.apache.kafka.connect.storage.HeaderConverter;

/**
 * Converts Connect data to and from JSON, for record keys, values and headers.
 *
 * <p>With {@code schemas.enable=true} (the default) every record is a {@code {"schema":…,"payload":…}} document so
 * that the reader can rebuild the exact Connect schema; with {@code false} only the payload is written and reads
 * infer a schemaless value. For the same schema and value the bytes are identical to Apache Kafka Connect's. The one
 * deliberate difference: when the bytes are not JSON, the {@link DataException} names the topic.
 */
public class JsonConverter implements Converter, HeaderConverter {

    private static final String ENVELOPE_REQUIRED = "JsonConverter with schemas.enable requires \"schema\" and "
            + "\"payload\" fields and may not contain additional fields. If you are trying to deserialize plain JSON "
            + "data, set schemas.enable=false in your converter configuration.";

    private final JsonSerializer serializer;
    private final ObjectMapper readMapper;
    private final JsonDeserializer deserializer;

    private JsonConverterConfig config;
    private JsonValueWriter valueWriter;
    private JsonValueReader valueReader;
    private JsonSchemaWriter schemaWriter;
    private JsonSchemaReader schemaReader;
    private SchemaCache<Schema, ObjectNode> fromConnectSchemaCache;
    private SchemaCache<JsonNode, Schema> toConnectSchemaCache;
    // The envelope's byte-level caches: a schema's JSON bytes, and the schema a JSON schema's bytes describe.
    private SchemaCache<Schema, byte[]> schemaBytesCache;
    private SchemaCache<EnvelopeBytes.SchemaKey, Schema> schemaOfBytesCache;
    // The schema.content schema, used for every read instead of an envelope's.
    private Schema contentSchema;

    public JsonConverter() {
        this(true);
    }

    /**
     * Creates a converter. Apache's flag switches Jackson's Blackbird module on or off; this converter only maps
     * JSON trees, never Java beans, so the flag changes nothing here and is accepted for compatibility.
     *
     * @param enableBlackbird ignored
     */
    public JsonConverter(boolean enableBlackbird) {
        this.serializer = new JsonSerializer(JsonMappers.plain());
        this.readMapper = JsonMappers.exactDecimals();
        this.deserializer = new JsonDeserializer(readMapper);
    }

    @Override
    public String version() {
        return AppInfoParser.getVersion();
    }

    @Override
    public ConfigDef config() {
        return JsonConverterConfig.configDef();
    }

    /**
     * Applies the settings; {@code converter.type} is required here.
     *
     * @throws org.apache.kafka.common.config.ConfigException if a setting is invalid
     * @throws DataException if {@code schema.content} is not a valid JSON schema
     */
    @Override
    public void configure(Map<String, ?> configs) {
        config = new JsonConverterConfig(configs);
        valueWriter = new JsonValueWriter(config.decimalFormat(), config.replaceNullWithDefault());
        valueReader = new JsonValueReader(config.replaceNullWithDefault());
        schemaWriter = new JsonSchemaWriter(valueWriter);
        schemaReader = new JsonSchemaReader(valueReader);
        fromConnectSchemaCache = new SchemaCache<>(config.schemaCacheSize());
        toConnectSchemaCache = new SchemaCache<>(config.schemaCacheSize());
        schemaBytesCache = new SchemaCache<>(config.schemaCacheSize());
        schemaOfBytesCache = new SchemaCache<>(config.schemaCacheSize());
        contentSchema = null;
        byte[] schemaContent = config.schemaContent();
        if (schemaContent != null) {
            JsonNode schemaJson;
            try {
                schemaJson = deserializer.deserialize("", schemaContent);
            } catch (SerializationException e) {
                throw new DataException("Failed to parse schema in converter config due to serialization error: ", e);
            }
            contentSchema = asConnectSchema(schemaJson);
        }
    }

    /** Applies the settings as a key or value converter; {@code isKey} overrides any {@code converter.type}. */
    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Map<String, Object> withType = new HashMap<>(configs);
        withType.put(ConverterConfig.TYPE_CONFIG, (isKey ? ConverterType.KEY : ConverterType.VALUE).getName());
        configure(withType);
    }

    @Override
    public void close() {
        // Nothing is held open.
    }

    @Override
    public byte[] fromConnectHeader(String topic, String headerKey, Schema schema, Object value) {
        return fromConnectData(topic, schema, value);
    }

    @Override
    public SchemaAndValue toConnectHeader(String topic, String headerKey, byte[] value) {
        return toConnectData(topic, value);
    }

    /**
     * Writes a value as JSON, in the envelope when schemas are enabled.
     *
     * @return the bytes, or null (a tombstone) when both schema and value are null
     * @throws DataException if the value does not match the schema
     */
    @Override
    public byte[] fromConnectData(String topic, Schema schema, Object value) {
        if (config.schemasEnabled()) {
            if (schema == null && value == null) {
                return null;
            }
            byte[] schemaJson = schemaBytes(topic, schema);
            return EnvelopeBytes.join(schemaJson, serialize(topic, valueWriter.toJson(schema, value)));
        }
        return serialize(topic, valueWriter.toJson(schema, value));
    }

    /**
     * Reads JSON bytes.
     *
     * @return the schema and value; {@link SchemaAndValue#NULL} for null bytes
     * @throws DataException if the bytes are not JSON (the message names the topic), if schemas are enabled and the
     *         document is not an envelope, or if the payload does not match the schema
     */
    @Override
    public SchemaAndValue toConnectData(String topic, byte[] value) {
        if (value != null && config.schemasEnabled() && contentSchema == null) {
            EnvelopeBytes.Parts envelope = EnvelopeBytes.split(readMapper, value);
            if (envelope != null) {
                Schema envelopeSchema = schemaOf(topic, envelope.schema());
                return new SchemaAndValue(envelopeSchema, valueReader.toConnect(envelopeSchema, envelope.payload()));
            }
        }
        JsonNode json;
        try {
            json = deserializer.deserialize(topic, value);
        } catch (SerializationException e) {
            throw new DataException("Converting byte[] to Kafka Connect data failed due to serialization error "
                    + "of topic " + topic + ": ", e);
        }
        if (json == null) {
            return SchemaAndValue.NULL;
        }
        if (!config.schemasEnabled()) {
            return new SchemaAndValue(null, valueReader.toConnect(null, json));
        }
        if (contentSchema != null) {
            // schema.content: the whole document is the payload.
            return new SchemaAndValue(contentSchema, valueReader.toConnect(contentSchema, json));
        }
        if (!json.isObject() || json.size() != 2 || !json.has(JsonSchema.ENVELOPE_SCHEMA_FIELD_NAME)
                || !json.has(JsonSchema.ENVELOPE_PAYLOAD_FIELD_NAME)) {
            throw new DataException(ENVELOPE_REQUIRED);
        }
        Schema envelopeSchema = asConnectSchema(json.get(JsonSchema.ENVELOPE_SCHEMA_FIELD_NAME));
        return new SchemaAndValue(envelopeSchema,
                valueReader.toConnect(envelopeSchema, json.get(JsonSchema.ENVELOPE_PAYLOAD_FIELD_NAME)));
    }

    /**
     * The JSON form of a schema, from a cache of {@code schemas.cache.size} entries. The returned tree is shared
     * with the cache and must not be modified.
     *
     * @param schema the schema, or null
     * @return the JSON schema, or null for a null schema
     */
    public ObjectNode asJsonSchema(Schema schema) {
        if (schema == null) {
            return null;
        }
        ObjectNode cached = fromConnectSchemaCache.get(schema);
        if (cached != null) {
            return cached;
        }
        ObjectNode json = schemaWriter.toJson(schema);
        fromConnectSchemaCache.put(schema, json);
        return json;
    }

    /**
     * The schema a JSON schema describes, from a cache of {@code schemas.cache.size} entries.
     *
     * @param jsonSchema the JSON form; must not be Java null
     * @return the schema, or null for JSON null
     * @throws DataException if the JSON is not a valid schema
     */
    public Schema asConnectSchema(JsonNode jsonSchema) {
        if (jsonSchema.isNull()) {
            return null;
        }
        Schema cached = toConnectSchemaCache.get(jsonSchema);
        if (cached != null) {
            return cached;
        }
        Schema result = schemaReader.toConnect(jsonSchema);
        toConnectSchemaCache.put(jsonSchema, result);
        return result;
    }

    private byte[] schemaBytes(String topic, Schema schema) {
        if (schema == null) {
            return EnvelopeBytes.JSON_NULL;
        }
        byte[] cached = schemaBytesCache.get(schema);
        if (cached == null) {
            cached = serialize(topic, asJsonSchema(schema));
            schemaBytesCache.put(schema, cached);
        }
        return cached;
    }

    private Schema schemaOf(String topic, EnvelopeBytes.SchemaKey key) {
        Schema cached = schemaOfBytesCache.get(key);
        if (cached == null) {
            cached = asConnectSchema(deserializer.deserialize(topic, key.toBytes()));
            schemaOfBytesCache.put(key.detached(), cached);
        }
        return cached;
    }

    /** How many schemas the write-side cache holds; for tests. */
    long sizeOfFromConnectSchemaCache() {
        return fromConnectSchemaCache.size();
    }

    /** How many schemas the read-side cache holds; for tests. */
    long sizeOfToConnectSchemaCache() {
        return toConnectSchemaCache.size();
    }

    private byte[] serialize(String topic, JsonNode json) {
        try {
            return serializer.serialize(topic, json);
        } catch (SerializationException e) {
            throw new DataException("Converting Kafka Connect data to byte[] failed due to serialization error "
                    + "of topic " + topic + ": ", e);
        }
    }
}
