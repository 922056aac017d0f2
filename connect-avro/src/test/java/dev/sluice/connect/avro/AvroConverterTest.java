/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.avro;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

/** A user writes Connect records as Avro in Confluent's wire format and reads them back. */
class AvroConverterTest {

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

    private AvroConverter converter(boolean isKey, Object... keyValues) {
        Map<String, Object> config = new HashMap<>();
        config.put("schema.registry.url", "http://registry.invalid:8081");
        for (int i = 0; i < keyValues.length; i += 2) {
            config.put((String) keyValues[i], keyValues[i + 1]);
        }
        AvroConverter converter = new AvroConverter(registry);
        converter.configure(config, isKey);
        return converter;
    }

    @Test
    void everyTypeAndLogicalTypeRoundTrips() {
        AvroConverter converter = converter(false);
        Struct order = EveryType.value(32);
        SchemaAndValue back = converter.toConnectData("orders",
                converter.fromConnectData("orders", EveryType.SCHEMA, order));

        assertEquals(EveryType.SCHEMA, back.schema());
        EveryType.assertSameValues(order, (Struct) back.value());
    }

    @Test
    void theBytesAreConfluentsWireFormatThatAPlainAvroReaderDecodes() throws Exception {
        Schema schema = SchemaBuilder.struct().name("Reading").field("sensor", Schema.STRING_SCHEMA)
                .field("value", Schema.OPTIONAL_FLOAT64_SCHEMA).build();
        byte[] bytes = converter(false).fromConnectData("readings", schema,
                new Struct(schema).put("sensor", "s1").put("value", 20.5));

        assertEquals(0, bytes[0]);
        int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
        org.apache.avro.Schema registered = registry.schemaById(id);
        assertEquals(List.of("readings-value"), registry.subjects());
        GenericRecord record = (GenericRecord) new GenericDatumReader<>(registered).read(null,
                DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null));
        assertEquals("s1", record.get("sensor").toString());
        assertEquals(20.5, record.get("value"));
    }

    @Test
    void theAvroSchemaIsTheOneConfluentsConverterWrites() {
        Schema schema = SchemaBuilder.struct()
                .field("small", Schema.INT8_SCHEMA)
                .field("price", Decimal.builder(2).parameter("connect.decimal.precision", "10").build())
                .field("day", Date.SCHEMA)
                .field("maybe", Schema.OPTIONAL_STRING_SCHEMA)
                .field("inner", SchemaBuilder.struct().field("x", Schema.INT32_SCHEMA).optional().build())
                .build();
        org.apache.avro.Schema avro = new ConnectToAvroSchema(AvroMappingOptions.DEFAULTS).convert(schema);

        assertEquals("{\"type\":\"record\",\"name\":\"ConnectDefault\",\"namespace\":\"io.confluent.connect.avro\","
                + "\"fields\":[{\"name\":\"small\",\"type\":{\"type\":\"int\",\"connect.type\":\"int8\"}},"
                + "{\"name\":\"price\",\"type\":{\"type\":\"bytes\",\"scale\":2,\"precision\":10,"
                + "\"connect.version\":1,\"connect.parameters\":{\"scale\":\"2\",\"connect.decimal.precision\":"
                + "\"10\"},\"connect.name\":\"org.apache.kafka.connect.data.Decimal\",\"logicalType\":\"decimal\"}},{\"name\":\"day\",\"type\":{\"type\":\"int\",\"connect.version\":1,"
                + "\"connect.name\":\"org.apache.kafka.connect.data.Date\",\"logicalType\":\"date\"}},"
                + "{\"name\":\"maybe\",\"type\":[\"null\",\"string\"],\"default\":null},"
                + "{\"name\":\"inner\",\"type\":[\"null\",{\"type\":\"record\",\"name\":\"ConnectDefault2\","
                + "\"fields\":[{\"name\":\"x\",\"type\":\"int\"}]}],\"default\":null}]}", avro.toString());
    }

    @Test
    void recordsFromAnotherToolReadAsConnectData() throws Exception {
        org.apache.avro.Schema avro = new org.apache.avro.Schema.Parser().parse("{\"type\":\"record\","
                + "\"name\":\"Event\",\"namespace\":\"ext\",\"fields\":["
                + "{\"name\":\"kind\",\"type\":{\"type\":\"enum\",\"name\":\"Kind\",\"symbols\":[\"A\",\"B\"]}},"
                + "{\"name\":\"either\",\"type\":[\"null\",\"int\",\"string\"]},"
                + "{\"name\":\"hash\",\"type\":{\"type\":\"fixed\",\"name\":\"Hash\",\"size\":2}},"
                + "{\"name\":\"micros\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-micros\"}},"
                + "{\"name\":\"n\",\"type\":\"int\",\"default\":5}]}");
        GenericData.Record record = new GenericData.Record(avro);
        record.put("kind", new GenericData.EnumSymbol(avro.getField("kind").schema(), "B"));
        record.put("either", "two");
        record.put("hash", new GenericData.Fixed(avro.getField("hash").schema(), new byte[] {9, 8}));
        record.put("micros", 42L);
        record.put("n", 6);
        int id = registry.register("events-value", avro);

        SchemaAndValue read = converter(false).toConnectData("events", framed(id, avro, record));

        Schema kind = read.schema().field("kind").schema();
        assertEquals("ext.Kind", kind.name());
        assertEquals(Map.of("io.confluent.connect.avro.Enum", "ext.Kind", "io.confluent.connect.avro.Enum.A", "A",
                "io.confluent.connect.avro.Enum.B", "B"), kind.parameters());
        Struct value = (Struct) read.value();
        assertEquals("B", value.get("kind"));
        Struct either = value.getStruct("either");
        assertEquals("io.confluent.connect.avro.Union", either.schema().name());
        assertEquals("two", either.get("string"));
        assertNull(either.get("int"));
        assertArrayEquals(new byte[] {9, 8}, (byte[]) value.get("hash"));
        assertEquals(42L, value.get("micros"));
        assertEquals(5, read.schema().field("n").schema().defaultValue());

        // Written again, the enum and the fixed type come back as they were.
        AvroConverter writer = converter(false);
        byte[] again = writer.fromConnectData("events2", read.schema(), value);
        org.apache.avro.Schema rewritten = registry.schemaById(ByteBuffer.wrap(again, 1, 4).getInt());
        assertEquals(org.apache.avro.Schema.Type.ENUM, rewritten.getField("kind").schema().getType());
        assertEquals(org.apache.avro.Schema.Type.FIXED, rewritten.getField("hash").schema().getType());
    }

    @Test
    void onlyTheFirstRecordOfASchemaCallsTheRegistry() {
        Schema schema = SchemaBuilder.struct().field("n", Schema.INT32_SCHEMA).build();
        AvroConverter writer = converter(false);
        AvroConverter reader = converter(false);
        for (int i = 0; i < 100; i++) {
            Struct value = new Struct(schema).put("n", i);
            SchemaAndValue read = reader.toConnectData("t", writer.fromConnectData("t", schema, value));
            assertEquals(value, read.value());
        }
        assertEquals(2, registry.calls.get());
    }

    @Test
    void keysUseTheKeySubjectAndPrimitivesNeedNoStruct() {
        AvroConverter keys = converter(true);
        byte[] bytes = keys.fromConnectData("users", Schema.STRING_SCHEMA, "alice");
        assertEquals(List.of("users-key"), registry.subjects());
        assertEquals(new SchemaAndValue(Schema.STRING_SCHEMA, "alice"), keys.toConnectData("users", bytes));
        assertNull(keys.fromConnectData("users", Schema.OPTIONAL_STRING_SCHEMA, null));
        assertSame(SchemaAndValue.NULL, keys.toConnectData("users", null));
    }

    @Test
    void recordNameStrategiesNameSubjectsAfterTheRecord() {
        Schema schema = SchemaBuilder.struct().name("shop.Order").field("n", Schema.INT32_SCHEMA).build();
        converter(false, "value.subject.name.strategy", "io.confluent.kafka.serializers.subject.RecordNameStrategy")
                .fromConnectData("a", schema, new Struct(schema).put("n", 1));
        converter(false, "value.subject.name.strategy", "TopicRecordNameStrategy")
                .fromConnectData("b", schema, new Struct(schema).put("n", 1));
        assertEquals(List.of("b-shop.Order", "shop.Order"), registry.subjects().stream().sorted().toList());
        ConfigException unknown = assertThrows(ConfigException.class,
                () -> converter(false, "value.subject.name.strategy", "com.example.Mine"));
        assertTrue(unknown.getMessage().contains("value.subject.name.strategy"), unknown.getMessage());
    }

    @Test
    void withoutAutoRegistrationAnUnknownSchemaIsAClearError() {
        Schema schema = SchemaBuilder.struct().field("n", Schema.INT32_SCHEMA).build();
        AvroConverter converter = converter(false, "auto.register.schemas", false);
        DataException error = assertThrows(DataException.class,
                () -> converter.fromConnectData("t", schema, new Struct(schema).put("n", 1)));
        assertEquals("Failed to serialize Avro data from topic t (subject t-value): Schema not found; error code:"
                + " 40403", error.getMessage());
    }

    @Test
    void useLatestVersionWritesWithTheSubjectsNewestSchema() throws Exception {
        org.apache.avro.Schema newest = new org.apache.avro.Schema.Parser().parse("{\"type\":\"record\","
                + "\"name\":\"ConnectDefault\",\"namespace\":\"io.confluent.connect.avro\",\"fields\":["
                + "{\"name\":\"n\",\"type\":\"int\"},{\"name\":\"extra\",\"type\":\"string\",\"default\":\"x\"}]}");
        int id = registry.register("t-value", newest);
        Schema own = SchemaBuilder.struct().field("n", Schema.INT32_SCHEMA).build();
        AvroConverter converter = converter(false, "auto.register.schemas", false, "use.latest.version", true);

        byte[] bytes = converter.fromConnectData("t", own, new Struct(own).put("n", 4));
        assertEquals(id, ByteBuffer.wrap(bytes, 1, 4).getInt());
        Struct read = (Struct) converter.toConnectData("t", bytes).value();
        assertEquals(4, read.get("n"));
        assertEquals("x", read.get("extra"));
    }

    @Test
    void badBytesAndSchemalessDataGetErrorsNamingTheTopic() {
        AvroConverter converter = converter(false);
        DataException magic = assertThrows(DataException.class,
                () -> converter.toConnectData("t", "{\"a\":1}".getBytes()));
        assertTrue(magic.getMessage().startsWith("Failed to deserialize data for topic t to Avro: Unknown magic"
                + " byte 123"), magic.getMessage());
        DataException unknownId = assertThrows(DataException.class,
                () -> converter.toConnectData("t", new byte[] {0, 0, 0, 0, 7, 2}));
        assertEquals("Failed to deserialize data for topic t to Avro: schema id 7: Schema 7 not found; error code:"
                + " 40403", unknownId.getMessage());
        DataException schemaless = assertThrows(DataException.class,
                () -> converter.fromConnectData("t", null, Map.of("a", 1)));
        assertTrue(schemaless.getMessage().contains("topic t"), schemaless.getMessage());
    }

    @Test
    void aValueThatDoesNotMatchItsSchemaIsRefused() {
        Schema schema = SchemaBuilder.struct().field("n", Schema.INT32_SCHEMA).build();
        Struct wrong = new Struct(SchemaBuilder.struct().field("n", Schema.INT64_SCHEMA).build()).put("n", 1L);
        assertThrows(DataException.class, () -> converter(false).fromConnectData("t", schema, wrong));
        assertThrows(DataException.class, () -> converter(false).fromConnectData("t", Schema.INT32_SCHEMA, "one"));
    }

    @Test
    void withoutConnectMetaDataTheSchemaHasNoConnectProperties() {
        Schema schema = SchemaBuilder.struct().name("shop.Tagged").version(2)
                .field("small", Schema.INT8_SCHEMA).field("day", Date.SCHEMA).build();
        AvroConverter converter = converter(false, "connect.meta.data", false);
        byte[] bytes = converter.fromConnectData("t", schema, new Struct(schema).put("small", (byte) 1)
                .put("day", new java.util.Date(0)));
        String registered = registry.schemaById(ByteBuffer.wrap(bytes, 1, 4).getInt()).toString();
        assertTrue(!registered.contains("connect.version") && !registered.contains("connect.name"), registered);
        assertTrue(registered.contains("\"connect.type\":\"int8\""), registered);
        assertTrue(registered.contains("\"logicalType\":\"date\""), registered);
    }

    @Test
    void invalidNamesAreScrubbedWhenAsked() {
        Schema schema = SchemaBuilder.struct().name("shop.line-item").field("unit-price", Schema.INT32_SCHEMA)
                .field("2nd", Schema.INT32_SCHEMA).build();
        Struct value = new Struct(schema).put("unit-price", 3).put("2nd", 4);
        DataException invalid = assertThrows(DataException.class,
                () -> converter(false).fromConnectData("t", schema, value));
        assertTrue(invalid.getMessage().startsWith("Cannot write the record for topic t as Avro: ")
                && invalid.getMessage().endsWith("(scrub.invalid.names=true replaces characters Avro does not allow"
                + " in names)"), invalid.getMessage());
        byte[] bytes = converter(false, "scrub.invalid.names", true).fromConnectData("t", schema, value);
        org.apache.avro.Schema registered = registry.schemaById(ByteBuffer.wrap(bytes, 1, 4).getInt());
        assertEquals("shop.line_item", registered.getFullName());
        assertEquals(List.of("unit_price", "_2nd"), registered.getFields().stream().map(f -> f.name()).toList());
    }

    @Test
    void aSubjectWithMoreSchemasThanAllowedIsRefused() {
        AvroConverter converter = converter(false, "max.schemas.per.subject", 2);
        for (int i = 0; i < 2; i++) {
            Schema schema = SchemaBuilder.struct().name("V" + i).field("n", Schema.INT32_SCHEMA).build();
            converter.fromConnectData("t", schema, new Struct(schema).put("n", i));
        }
        Schema third = SchemaBuilder.struct().name("V2").field("n", Schema.INT32_SCHEMA).build();
        DataException refused = assertThrows(DataException.class,
                () -> converter.fromConnectData("t", third, new Struct(third).put("n", 2)));
        assertTrue(refused.getMessage().contains("max.schemas.per.subject"), refused.getMessage());
    }

    @Test
    void aNewestSchemaThatCannotReadTheRecordIsRefusedWhenStrict() throws Exception {
        org.apache.avro.Schema newest = new org.apache.avro.Schema.Parser().parse("{\"type\":\"record\","
                + "\"name\":\"ConnectDefault\",\"namespace\":\"io.confluent.connect.avro\",\"fields\":["
                + "{\"name\":\"n\",\"type\":\"int\"},{\"name\":\"required\",\"type\":\"string\"}]}");
        registry.register("t-value", newest);
        Schema own = SchemaBuilder.struct().field("n", Schema.INT32_SCHEMA).build();
        DataException refused = assertThrows(DataException.class, () -> converter(false,
                "auto.register.schemas", false, "use.latest.version", true)
                .fromConnectData("t", own, new Struct(own).put("n", 1)));
        assertTrue(refused.getMessage().contains("cannot read the record's schema"), refused.getMessage());
    }

    private static byte[] framed(int id, org.apache.avro.Schema schema, Object datum) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(ByteBuffer.allocate(5).put((byte) 0).putInt(id).array());
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<>(schema).write(datum, encoder);
        encoder.flush();
        return Arrays.copyOf(out.toByteArray(), out.size());
    }
}
