/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.avro;

import dev.sluice.connect.avro.registry.CachedSchemaRegistry;
import dev.sluice.connect.avro.registry.HttpSchemaRegistry;
import dev.sluice.connect.avro.registry.RegistryUnreachableException;
import dev.sluice.connect.avro.registry.SchemaRegistry;
import dev.sluice.connect.avro.registry.SchemaRegistryException;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.HeaderConverter;

/**
 * Converts Connect data to and from Avro in Confluent's wire format (magic byte 0, a four-byte schema id, the Avro
 * binary), with its schemas kept in a schema registry that speaks Confluent's REST API. Configured with the keys of
 * Confluent's {@code io.confluent.connect.avro.AvroConverter}, whose configs run on it unchanged.
 *
 * <p>Writing, a record's Connect schema becomes an Avro schema, registered under the subject the subject name
 * strategy names (or looked up, or replaced by the subject's newest schema, as configured). Reading, the schema id
 * in the bytes gives the writer's schema. Schemas are cached both ways and registry answers are remembered, so only
 * the first record of a schema calls the registry.
 */
public class AvroConverter implements Converter, HeaderConverter {

    private final SchemaRegistry givenRegistry;

    private SchemaRegistry registry;
    private boolean isKey;
    private WriterSchemaSource writerSchemaSource;
    private boolean latestCompatibilityStrict;
    private SubjectNameStrategy subjects;
    private AvroMappingOptions mappingOptions;
    private SchemaCache<org.apache.kafka.connect.data.Schema, Schema> avroSchemas;
    private SchemaCache<Schema, org.apache.kafka.connect.data.Schema> connectSchemas;
    private final AvroCodec codec = new AvroCodec();

    public AvroConverter() {
        this(null);
    }

    /** A converter that talks to {@code registry} instead of the one {@code schema.registry.url} names. */
    AvroConverter(SchemaRegistry registry) {
        this.givenRegistry = registry;
    }

    @Override
    public String version() {
        return AppInfoParser.getVersion();
    }

    @Override
    public ConfigDef config() {
        return AvroConverterConfig.CONFIG_DEF;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.isKey = isKey;
        AvroConverterConfig config = new AvroConverterConfig(configs);
        writerSchemaSource = WriterSchemaSource.of(config);
        latestCompatibilityStrict = config.getBoolean(AvroConverterConfig.LATEST_COMPATIBILITY_STRICT);
        subjects = config.subjectNameStrategy(isKey);
        mappingOptions = config.mappingOptions();
        int cacheSize = config.getInt(AvroConverterConfig.SCHEMAS_CACHE_CONFIG);
        avroSchemas = new SchemaCache<>(cacheSize);
        connectSchemas = new SchemaCache<>(cacheSize);
        SchemaRegistry remote = givenRegistry != null ? givenRegistry
                : new HttpSchemaRegistry(config.registrySettings());
        long ttlSeconds = config.getLong(AvroConverterConfig.LATEST_CACHE_TTL_SEC);
        registry = new CachedSchemaRegistry(remote, config.getInt(AvroConverterConfig.MAX_SCHEMAS_PER_SUBJECT),
                ttlSeconds < 0 ? -1 : TimeUnit.SECONDS.toMillis(ttlSeconds));
    }

    /** As a header converter: the settings of a value converter. */
    @Override
    public void configure(Map<String, ?> configs) {
        configure(new HashMap<>(configs), false);
    }

    @Override
    public void close() {
        // Nothing is held open: each registry request has its own connection.
    }

    /**
     * Writes a value in the wire format.
     *
     * @return the bytes; null for a null value (a tombstone)
     * @throws DataException naming the topic when the value has no schema or does not match it, or the registry
     *         refuses the schema (its message passed on) or cannot be reached
     */
    @Override
    public byte[] fromConnectData(String topic, org.apache.kafka.connect.data.Schema schema, Object value) {
        if (value == null) {
            return null;
        }
        if (schema == null) {
            throw new DataException("AvroConverter cannot write schemaless data to topic " + topic + ": Avro needs"
                    + " a Connect schema (for schemaless JSON use JsonConverter with schemas.enable=false)");
        }
        Schema avro = avroSchema(topic, schema);
        Object datum = ConnectToAvroValue.convert(schema, avro, value);
        return write(topic, subjects.subject(topic, isKey, avro), avro, datum);
    }

    private Schema avroSchema(String topic, org.apache.kafka.connect.data.Schema schema) {
        try {
            return avroSchemas.get(schema, s -> new ConnectToAvroSchema(mappingOptions).convert(s));
        } catch (SchemaParseException e) {
            throw new DataException("Cannot write the record for topic " + topic + " as Avro: " + e.getMessage()
                    + (mappingOptions.scrubInvalidNames() ? "" : " (scrub.invalid.names=true replaces characters"
                    + " Avro does not allow in names)"), e);
        }
    }

    private byte[] write(String topic, String subject, Schema avro, Object datum) {
        try {
            return switch (writerSchemaSource) {
                case REGISTER -> codec.encode(registry.register(subject, avro), avro, avro, datum);
                case LOOK_UP -> codec.encode(registry.idOf(subject, avro), avro, avro, datum);
                case LATEST -> {
                    SchemaRegistry.RegisteredSchema latest = registry.latest(subject);
                    codec.requireReadable(latest.schema(), avro, subject, latestCompatibilityStrict);
                    yield codec.encode(latest.id(), latest.schema(), avro, datum);
                }
            };
        } catch (SchemaRegistryException | RegistryUnreachableException | IllegalStateException e) {
            throw new DataException("Failed to serialize Avro data from topic " + topic + " (subject " + subject
                    + "): " + e.getMessage(), e);
        }
    }

    /**
     * Reads bytes in the wire format.
     *
     * @return the schema and value; {@link SchemaAndValue#NULL} for null bytes
     * @throws DataException naming the topic (and the schema id, once read) when the bytes are not in the wire
     *         format, the registry does not know the id or cannot be reached, or the Avro data is broken
     */
    @Override
    public SchemaAndValue toConnectData(String topic, byte[] value) {
        if (value == null) {
            return SchemaAndValue.NULL;
        }
        int id = WireFormat.schemaId(topic, value);
        Schema writer;
        try {
            writer = registry.schemaById(id);
        } catch (SchemaRegistryException | RegistryUnreachableException e) {
            throw new DataException("Failed to deserialize data for topic " + topic + " to Avro: schema id " + id
                    + ": " + e.getMessage(), e);
        }
        Object datum = codec.decode(topic, id, writer, value);
        org.apache.kafka.connect.data.Schema schema =
                connectSchemas.get(writer, s -> new AvroToConnectSchema(mappingOptions).convert(s));
        return new SchemaAndValue(schema, AvroToConnectValue.convert(schema, writer, datum));
    }

    @Override
    public byte[] fromConnectHeader(String topic, String headerKey, org.apache.kafka.connect.data.Schema schema,
                                    Object value) {
        if (value == null) {
            return null;
        }
        if (schema == null) {
            throw new DataException("AvroConverter cannot write the schemaless header " + headerKey + " of a record"
                    + " for topic " + topic);
        }
        Schema avro = avroSchema(topic, schema);
        Object datum = ConnectToAvroValue.convert(schema, avro, value);
        return write(topic, subjects.headerSubject(topic, headerKey, avro), avro, datum);
    }

    @Override
    public SchemaAndValue toConnectHeader(String topic, String headerKey, byte[] value) {
        return toConnectData(topic, value);
    }
}
