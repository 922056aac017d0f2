/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Inputs that cross the class-loader boundary as JDK types: JSON documents (fed to both converters'
 * {@code toConnectData}) and schemaless Java values (fed to both converters' {@code fromConnectData}).
 */
final class JsonDocumentCorpus {

    private static final String DECIMAL = "{\"type\":\"bytes\",\"name\":\"org.apache.kafka.connect.data.Decimal\","
            + "\"version\":1,\"parameters\":{\"scale\":\"2\"}}";
    private static final String DATE = "{\"type\":\"int32\",\"name\":\"org.apache.kafka.connect.data.Date\"}";
    private static final String TIME = "{\"type\":\"int32\",\"name\":\"org.apache.kafka.connect.data.Time\"}";
    private static final String TIMESTAMP = "{\"type\":\"int64\",\"name\":\"org.apache.kafka.connect.data.Timestamp\"}";

    private JsonDocumentCorpus() {
    }

    static String envelope(String schema, String payload) {
        return "{\"schema\":" + schema + ",\"payload\":" + payload + "}";
    }

    /** Documents: well-formed envelopes, lenient and invalid payloads, broken schemas, and non-JSON. */
    static List<String> documents() {
        List<String> docs = new ArrayList<>();
        for (String type : List.of("boolean", "int8", "int16", "int32", "int64", "float", "double", "string",
                "bytes")) {
            for (String payload : List.of("true", "1", "-129", "300", "70000", "3000000000", "12345678901234567890",
                    "1.9", "1.2300", "1e400", "-0.0", "\"x\"", "\"AQID\"", "\"\"", "null", "[1]", "{\"a\":1}")) {
                docs.add(envelope("{\"type\":\"" + type + "\"}", payload));
                docs.add(envelope("{\"type\":\"" + type + "\",\"optional\":true}", payload));
            }
        }
        for (String payload : List.of("\"AHs=\"", "1.2300", "1e400", "12345678901234567890123", "-0.01", "1",
                "\"1.23\"", "\"!!\"", "\"\"", "true", "null", "[1]")) {
            docs.add(envelope(DECIMAL, payload));
        }
        docs.add(envelope("{\"type\":\"bytes\",\"name\":\"org.apache.kafka.connect.data.Decimal\"}", "\"AHs=\""));
        docs.add(envelope("{\"type\":\"bytes\",\"name\":\"org.apache.kafka.connect.data.Decimal\","
                + "\"parameters\":{\"scale\":\"x\"}}", "\"AHs=\""));
        docs.add(envelope("{\"type\":\"int64\",\"name\":\"org.apache.kafka.connect.data.Decimal\","
                + "\"parameters\":{\"scale\":\"2\"}}", "5"));
        for (String logical : List.of(DATE, TIME, TIMESTAMP)) {
            for (String payload : List.of("0", "3", "-5", "86400001", "3000000000", "30000000000000000000000", "5.5",
                    "\"x\"", "null")) {
                docs.add(envelope(logical, payload));
            }
        }
        docs.add(envelope("{\"type\":\"int64\",\"name\":\"org.apache.kafka.connect.data.Date\"}", "5"));
        docs.addAll(structuredDocuments());
        docs.addAll(schemaDocuments());
        docs.addAll(malformedDocuments());
        docs.addAll(syntaxProbes());
        for (String probe : syntaxProbes()) {
            docs.add("{\"schema\":{\"type\":\"array\",\"items\":{\"type\":\"double\"}},\"payload\":[" + probe + "]}");
        }
        return docs;
    }

    private static List<String> structuredDocuments() {
        String intMap = "{\"type\":\"map\",\"keys\":{\"type\":\"int32\"},\"values\":{\"type\":\"string\"}}";
        String stringMap = "{\"type\":\"map\",\"keys\":{\"type\":\"string\"},\"values\":{\"type\":\"int32\","
                + "\"optional\":true}}";
        String struct = "{\"type\":\"struct\",\"name\":\"S\",\"fields\":[{\"field\":\"a\",\"type\":\"int32\"},"
                + "{\"field\":\"b\",\"type\":\"string\",\"optional\":true,\"default\":\"z\"},"
                + "{\"field\":\"c\",\"type\":\"array\",\"optional\":true,\"items\":{\"type\":\"double\"}}]}";
        return List.of(
                envelope("{\"type\":\"array\",\"items\":{\"type\":\"int32\"}}", "[1,2,3]"),
                envelope("{\"type\":\"array\",\"items\":{\"type\":\"int32\"}}", "5"),
                envelope("{\"type\":\"array\",\"items\":{\"type\":\"int32\"}}", "[1,null]"),
                envelope("{\"type\":\"array\",\"items\":{\"type\":\"int32\",\"optional\":true}}", "[1,null]"),
                envelope("{\"type\":\"array\",\"items\":{\"type\":\"int32\"},\"default\":[4,5]}", "null"),
                envelope(intMap, "[[1,\"a\"],[2,\"b\"]]"),
                envelope(intMap, "{\"1\":\"a\"}"),
                envelope(intMap, "[[1]]"),
                envelope(intMap, "[1]"),
                envelope(intMap, "[[1,\"a\",3]]"),
                envelope(intMap, "[]"),
                envelope(stringMap, "{\"x\":1,\"y\":null,\"\u2603\":3}"),
                envelope(stringMap, "[[\"k\",1]]"),
                envelope(stringMap, "5"),
                envelope(struct, "{\"a\":1}"),
                envelope(struct, "{\"a\":1,\"b\":null,\"c\":[1.5,\"NaN\"],\"extra\":true}"),
                envelope(struct, "{\"b\":\"x\"}"),
                envelope(struct, "{}"),
                envelope(struct, "[]"),
                envelope(struct, "5"),
                envelope("{\"type\":\"struct\",\"fields\":[{\"field\":\"a\",\"type\":\"bytes\"}]}", "{\"a\":5}"),
                envelope("{\"type\":\"struct\",\"fields\":[{\"field\":\"a\",\"type\":\"int32\",\"default\":3}]}",
                        "{}"),
                envelope("{\"type\":\"struct\",\"fields\":[{\"field\":\"a\",\"type\":\"int32\",\"optional\":true,"
                        + "\"default\":3}]}", "{\"a\":null}"),
                envelope("{\"type\":\"array\",\"items\":{\"type\":\"struct\",\"fields\":[{\"field\":\"a\","
                        + "\"type\":\"int32\"}]},\"default\":[{\"a\":1}]}", "null"),
                envelope("{\"type\":\"struct\",\"fields\":[{\"field\":\"a\",\"type\":\"int32\"}],"
                        + "\"default\":{\"a\":1}}", "null"),
                envelope("{\"type\":\"map\",\"keys\":{\"type\":\"string\"},\"values\":{\"type\":\"int32\","
                        + "\"optional\":true,\"default\":9}}", "{\"a\":null}"),
                envelope("null", "null"),
                envelope("null", "{\"a\":[1,2.5,\"s\",true,null,{\"b\":{}}],\"n\":12345678901234567890}"),
                envelope("null", "-0.0"));
    }

    private static List<String> schemaDocuments() {
        List<String> docs = new ArrayList<>();
        for (String schema : List.of("{\"type\":\"int32\",\"optional\":\"true\"}", "{\"type\":\"int32\",\"name\":5}",
                "{\"type\":\"int32\",\"name\":null}", "{\"type\":\"int32\",\"version\":\"2\"}",
                "{\"type\":\"int32\",\"version\":2.5}", "{\"type\":\"int32\",\"version\":1.0}",
                "{\"type\":\"int32\",\"version\":3000000000}", "{\"type\":\"int32\",\"version\":-3}",
                "{\"type\":\"int32\",\"doc\":5}", "{\"type\":\"int32\",\"parameters\":5}",
                "{\"type\":\"int32\",\"parameters\":null}", "{\"type\":\"int32\",\"parameters\":{\"a\":5}}",
                "{\"type\":\"int32\",\"parameters\":{\"a\":null}}", "{\"type\":\"int32\",\"parameters\":{\"z\":\"1\","
                        + "\"a\":\"2\"}}",
                "{\"type\":\"int32\",\"default\":\"x\"}", "{\"type\":\"int32\",\"default\":null}",
                "{\"type\":\"int32\",\"optional\":true,\"default\":null}", "{\"type\":\"int32\",\"default\":7}",
                "{\"type\":\"int32\",\"optional\":true,\"default\":7}", "{\"type\":\"string\",\"default\":5}",
                "{\"type\":5}", "{\"type\":null}", "{\"type\":\"INT32\"}", "{\"type\":\"bogus\"}", "{}", "5",
                "\"int32\"", "[]", "{\"type\":\"array\"}", "{\"type\":\"array\",\"items\":null}", "{\"type\":\"map\"}",
                "{\"type\":\"map\",\"keys\":{\"type\":\"string\"}}",
                "{\"type\":\"map\",\"values\":{\"type\":\"int32\"}}",
                "{\"type\":\"map\",\"keys\":null,\"values\":{\"type\":\"int32\"}}",
                "{\"type\":\"map\",\"keys\":{\"type\":\"string\"},\"values\":null}",
                "{\"type\":\"struct\"}", "{\"type\":\"struct\",\"fields\":5}",
                "{\"type\":\"struct\",\"fields\":[null]}",
                "{\"type\":\"struct\",\"fields\":[{\"type\":\"int32\"}]}",
                "{\"type\":\"struct\",\"fields\":[{\"type\":\"int32\",\"field\":5}]}",
                "{\"type\":\"struct\",\"fields\":[{\"field\":\"a\"}]}",
                "{\"type\":\"struct\",\"fields\":[{\"type\":\"int32\",\"field\":\"a\"},{\"type\":\"int32\","
                        + "\"field\":\"a\"}]}",
                "{\"type\":\"string\",\"name\":\"n\",\"version\":2,\"doc\":\"d\",\"parameters\":{\"k\":\"v\"},"
                        + "\"default\":\"dv\",\"optional\":true,\"junk\":[1]}")) {
            docs.add(envelope(schema, "null"));
            docs.add(envelope(schema, "1"));
            docs.add(envelope(schema, "{}"));
        }
        return docs;
    }

    private static List<String> malformedDocuments() {
        List<String> docs = new ArrayList<>(envelopeShapes());
        docs.addAll(List.of("", " ", "null", "5", "\"s\"", "[]", "{", "{not json", "{\"schema\":null}",
                "{\"payload\":1}", "{\"schema\":null,\"payload\":1,\"x\":1}", "NaN",
                "{\"schema\":null,\"payload\":NaN}",
                "{\"schema\":null,\"payload\":1} trailing", "\ufeff{\"schema\":null,\"payload\":1}",
                "{\"schema\":null,\"payload\":1,\"payload\":2}", "{'schema':null,'payload':1}",
                "// comment\n{\"schema\":null,\"payload\":1}", "[".repeat(1001) + "]".repeat(1001),
                "1" + "0".repeat(1001), "{\"schema\":null,\"payload\":\"\\uD83D\"}",
                "{\"schema\":null,\"payload\":\"\\u00e9\\/\\n\"}"));
        return docs;
    }

    /** Documents around the envelope's outline with an object schema: order, spacing, repeats, extras, truncation. */
    private static List<String> envelopeShapes() {
        String int32 = "{\"type\":\"int32\"}";
        return List.of("{\"payload\":1,\"schema\":" + int32 + "}",
                " { \"schema\" : { \"type\" : \"int32\" } ,\n\"payload\" : 1 } ",
                "{\"schema\":" + int32 + ",\"payload\":1} trailing",
                "\ufeff{\"schema\":" + int32 + ",\"payload\":1}",
                "{\"schema\":" + int32 + ",\"schema\":{\"type\":\"string\"},\"payload\":\"x\"}",
                "{\"schema\":" + int32 + ",\"payload\":1,\"payload\":2}",
                "{\"schema\":" + int32 + ",\"payload\":1,\"x\":1}",
                "{\"x\":1,\"schema\":" + int32 + "}",
                "{\"schema\":" + int32 + "}",
                "{\"schema\":" + int32 + ",\"payload\":}",
                "{\"schema\":" + int32 + ",\"payload\":1",
                "{\"schema\":{\"type\":\"int32\",\"optional\":true},\"payload\":null}",
                "{\"schema\":{\"type\":\"string\",\"doc\":\"\u00e9\\u00e9\"},\"payload\":\"\u2603\"}",
                "{\"schema\":{\"type\":\"int32\"},\"payload\":{\"a\":[1,{\"schema\":{}}]}}",
                "{\"schema\":[],\"payload\":1}", "{\"schema\":\"int32\",\"payload\":1}");
    }

    /** Standard and non-standard JSON texts, to pin down exactly which Jackson read features are enabled. */
    static List<String> syntaxProbes() {
        return List.of("0001", "-01", "01.5", "[00]", "-0001.5e3", "+1", ".5", "1.", "{a:1}", "\"a\tb\"", "\"\\q\"",
                "\"\\'\"", "[1,,2]", "[,1]", "{\"a\":1,}", "[1,]", "1\u0000", "\"\u0001\"", "'s'", "/* c */1", "# c\n1",
                "// c\n1", "Infinity", "-Infinity", "+Infinity", "NaN", "0x10", "{\"a\" : 1}", "\u00a01", "[1]]", "{}}",
                "\u001e1", "1 2", "{} x", "{\"a\":1,\"a\":2}", "\ufeff[1]", "\"\\u00e9\\uD83D\\uDE00\"",
                "\"\\uD83D\"", "1E2", "1e400", "-0", "-0.0", "1.10", "12345678901234567890",
                "0.1000000000000000055511151231257827", "[".repeat(1001) + "]".repeat(1001), "1" + "0".repeat(1001),
                "[" + "[".repeat(998) + "]".repeat(998) + "]");
    }

    /** Schemaless Java values, including those with no JSON form. */
    static List<Object> schemalessValues() {
        List<Object> values = new ArrayList<>();
        values.add(null);
        values.add(true);
        values.add((byte) 3);
        values.add((short) -4);
        values.add(5);
        values.add(Long.MIN_VALUE);
        values.add(1.1f);
        values.add(Float.NaN);
        values.add(-0.0);
        values.add(Double.NEGATIVE_INFINITY);
        values.add(ConverterCorpus.UNICODE);
        values.add(new byte[] {(byte) 0xff, 0});
        values.add(ByteBuffer.wrap(new byte[] {1, 2, 3, 4}, 1, 2));
        values.add(ConverterCorpus.list());
        values.add(ConverterCorpus.list(1, 2L, 1.5f, 2.5, "s", true, null, new byte[] {1}));
        values.add(ConverterCorpus.hash());
        values.add(ConverterCorpus.linked("z", 1, "a", ConverterCorpus.list(ConverterCorpus.hash("k", null))));
        values.add(ConverterCorpus.linked("a", 1, 2, 3));
        values.add(ConverterCorpus.linked(2, 3, "a", 1));
        values.add(ConverterCorpus.hash(null, 3));
        values.add(ConverterCorpus.linked(1.5, "x", true, "y"));
        values.add(ConverterCorpus.linked("nested", ConverterCorpus.linked(1, ConverterCorpus.list("deep"))));
        values.add(new BigDecimal("1.50"));
        values.add(BigInteger.TEN);
        values.add(new java.util.Date(5));
        values.add('c');
        values.add(Optional.of(1));
        values.add(new LinkedHashSet<>(List.of(1, 2)));
        values.add(new Object[] {1});
        values.add(ConverterCorpus.list(new Object()));
        return values;
    }
}
