/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.storage.Converter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A plugin that bundles its own Jackson works beside ours: Apache's connect-json 4.3.1 with Jackson 2.17.3, copied
 * by the build into {@code test-plugins/apache-json}, loads in its own loader next to the worker's newer Jackson
 * and speaks exactly the same JSON as our JsonConverter.
 */
class ThirdPartyJacksonPluginTest {

    static final String JSON_CONVERTER = "org.apache.kafka.connect.json.JsonConverter";
    static final String JACKSON_VERSION = "com.fasterxml.jackson.databind.cfg.PackageVersion";
    static final String PLUGIN_JACKSON = "2.17.3";

    static final Schema ADDRESS = SchemaBuilder.struct().name("com.example.Address")
            .field("street", Schema.STRING_SCHEMA)
            .field("zip", Schema.OPTIONAL_INT32_SCHEMA)
            .build();
    static final Schema PERSON = SchemaBuilder.struct().name("com.example.Person").version(2)
            .field("id", Schema.INT64_SCHEMA)
            .field("name", Schema.STRING_SCHEMA)
            .field("score", Schema.OPTIONAL_FLOAT64_SCHEMA)
            .field("active", Schema.BOOLEAN_SCHEMA)
            .field("tags", SchemaBuilder.array(Schema.STRING_SCHEMA).build())
            .field("address", ADDRESS)
            .build();

    static Plugins plugins;
    static PluginDesc apacheJson;

    @BeforeAll
    static void discoverTheThirdPartyPlugin() throws URISyntaxException {
        Path testClasses = Path.of(ThirdPartyJacksonPluginTest.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        Path pluginPath = testClasses.getParent().resolve("test-plugins");
        assertTrue(Files.isDirectory(pluginPath.resolve("apache-json")), "missing " + pluginPath);
        plugins = Plugins.discover(PluginPath.parse(pluginPath.toString()), PluginDiscoveryMode.SERVICE_LOAD, false);
        apacheJson = plugins.plugins(PluginType.CONVERTER).stream()
                .filter(plugin -> plugin.className().equals(JSON_CONVERTER))
                .findFirst().orElseThrow();
    }

    @AfterAll
    static void closePlugins() {
        plugins.close();
    }

    static Struct person() {
        return new Struct(PERSON)
                .put("id", 42L)
                .put("name", "Ada \"the first\" Lovelace")
                .put("score", 99.5)
                .put("active", true)
                .put("tags", List.of("math", "engines"))
                .put("address", new Struct(ADDRESS).put("street", "St James's Square").put("zip", null));
    }

    static Converter apacheConverter() {
        Converter converter = plugins.newInstance(apacheJson, Converter.class);
        try (LoaderSwap swap = Plugins.withClassLoader(converter)) {
            converter.configure(Map.of("schemas.enable", "true"), false);
        }
        return converter;
    }

    static Converter ourConverter() {
        JsonConverter converter = new JsonConverter();
        converter.configure(Map.of("schemas.enable", "true"), false);
        return converter;
    }

    static String jacksonVersion(ClassLoader loader) throws ReflectiveOperationException {
        Class<?> packageVersion = Class.forName(JACKSON_VERSION, true, loader);
        return packageVersion.getField("VERSION").get(null).toString();
    }

    @Test
    void apachesConverterComesFromThePluginLoader() {
        assertTrue(apacheJson.isolated());
        Converter converter = apacheConverter();
        assertSame(apacheJson.loader(), converter.getClass().getClassLoader());
        assertNotEquals(JsonConverter.class, converter.getClass());
    }

    @Test
    void pluginUsesItsBundledJacksonWhileTheWorkerKeepsItsOwn() throws ReflectiveOperationException {
        assertEquals(PLUGIN_JACKSON, jacksonVersion(apacheJson.loader()));
        String workerJackson = jacksonVersion(JsonConverter.class.getClassLoader());
        assertNotEquals(PLUGIN_JACKSON, workerJackson);
        Class<?> pluginMapper = apacheJson.loader().loadClass("com.fasterxml.jackson.databind.ObjectMapper");
        assertSame(apacheJson.loader(), pluginMapper.getClassLoader());
        assertNotEquals(com.fasterxml.jackson.databind.ObjectMapper.class, pluginMapper);
    }

    @Test
    void connectApiClassesAreSharedWithThePlugin() throws ClassNotFoundException {
        assertSame(Struct.class, apacheJson.loader().loadClass(Struct.class.getName()));
        assertSame(Converter.class, apacheJson.loader().loadClass(Converter.class.getName()));
    }

    @Test
    void bothConvertersWriteIdenticalBytesForTheSameStruct() {
        byte[] apacheBytes = apacheConverter().fromConnectData("people", PERSON, person());
        byte[] ourBytes = ourConverter().fromConnectData("people", PERSON, person());
        assertArrayEquals(apacheBytes, ourBytes, () -> "apache: " + new String(apacheBytes) + "\nours:   "
                + new String(ourBytes));
    }

    @Test
    void eachConverterReadsTheOthersBytesBackToAnEqualValue() {
        Converter apache = apacheConverter();
        Converter ours = ourConverter();
        SchemaAndValue expected = new SchemaAndValue(PERSON, person());
        SchemaAndValue readByApache = apache.toConnectData("people", ours.fromConnectData("people", PERSON,
                person()));
        SchemaAndValue readByUs = ours.toConnectData("people", apache.fromConnectData("people", PERSON, person()));
        assertEquals(expected, readByApache);
        assertEquals(expected, readByUs);
        assertEquals(readByApache, readByUs);
    }
}
