/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.HeaderConverter;
import org.apache.kafka.connect.storage.SimpleHeaderConverter;
import org.apache.kafka.connect.storage.StringConverter;
import org.junit.jupiter.api.Test;

class ConverterFactoryTest {

    private static ConverterFactory factory(String... workerKeyValues) {
        String[] props = new String[workerKeyValues.length + 4];
        props[0] = "key.converter";
        props[1] = StringConverter.class.getName();
        props[2] = "value.converter";
        props[3] = JsonConverter.class.getName();
        System.arraycopy(workerKeyValues, 0, props, 4, workerKeyValues.length);
        return new ConverterFactory(WorkerFixtures.plugins(), WorkerFixtures.workerConfig(props));
    }

    private static Map<String, String> connector(String... keyValues) {
        Map<String, String> props = new HashMap<>(Map.of("name", "orders", "connector.class", "Whatever"));
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        return props;
    }

    private static String written(Converter converter) {
        return new String(converter.fromConnectData("t", Schema.STRING_SCHEMA, "x"), StandardCharsets.UTF_8);
    }

    @Test
    void withoutAChoiceOfItsOwnAConnectorGetsTheWorkersConvertersAndTheirSettings() {
        ConverterFactory factory = factory("value.converter.schemas.enable", "false");

        Converter keys = factory.keyConverter(connector());
        Converter values = factory.valueConverter(connector());

        assertInstanceOf(StringConverter.class, keys);
        assertInstanceOf(JsonConverter.class, values);
        assertEquals("\"x\"", written(values), "the worker's value.converter.schemas.enable applies");
    }

    @Test
    void aConnectorsConverterReplacesTheWorkers() {
        Converter values = factory().valueConverter(connector("value.converter", StringConverter.class.getName()));

        assertInstanceOf(StringConverter.class, values);
        assertEquals("x", written(values));
    }

    @Test
    void aConnectorsConverterTakesItsSettingsFromTheConnectorOnly() {
        ConverterFactory factory = factory("value.converter.schemas.enable", "false");

        Converter ownSettings = factory.valueConverter(connector("value.converter", JsonConverter.class.getName(),
                "value.converter.schemas.enable", "false"));
        Converter noSettings = factory.valueConverter(connector("value.converter", JsonConverter.class.getName()));

        assertEquals("\"x\"", written(ownSettings));
        assertEquals("{\"schema\":{\"type\":\"string\",\"optional\":false},\"payload\":\"x\"}", written(noSettings),
                "settings meant for the worker's converter do not leak into the connector's choice");
    }

    @Test
    void convertersMayBeNamedByAlias() {
        Converter keys = factory().keyConverter(connector("key.converter", "JsonConverter",
                "key.converter.schemas.enable", "false"));

        assertInstanceOf(JsonConverter.class, keys);
        assertEquals("\"x\"", written(keys));
    }

    @Test
    void theWorkersDefaultHeaderConverterIsTheSimpleOne() {
        assertInstanceOf(SimpleHeaderConverter.class, factory().headerConverter(connector()));
    }

    @Test
    void aHeaderConverterIsConfiguredForTheHeaderRole() {
        // StringConverter refuses to be configured without a converter.type, so this only works with "header".
        HeaderConverter headers = factory().headerConverter(connector("header.converter",
                StringConverter.class.getName()));

        SchemaAndValue value = headers.toConnectHeader("t", "h", "v".getBytes(StandardCharsets.UTF_8));
        assertEquals("v", value.value());
    }

    @Test
    void aConverterThatIsNotInstalledIsRefused() {
        assertThrows(ConnectException.class,
                () -> factory().keyConverter(connector("key.converter", "com.example.MissingConverter")));
    }

    @Test
    void aVersionRequirementNoInstalledConverterMeetsIsRefused() {
        assertThrows(ConnectException.class, () -> factory().valueConverter(connector(
                "value.converter", StringConverter.class.getName(), "value.converter.plugin.version", "[99.0,)")));
    }
}
