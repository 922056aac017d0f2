/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.provider.FileConfigProvider;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.storage.SimpleHeaderConverter;
import org.apache.kafka.connect.storage.StringConverter;
import org.apache.kafka.connect.storage.Converter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AliasTableTest {

    @TempDir
    Path tmp;

    private Plugins plugins;

    @BeforeEach
    void buildPlugins() throws Exception {
        Path classes = PluginFixtures.compile(tmp.resolve("classes"), Map.of(
                "com.alpha.MirrorSourceConnector", PluginFixtures.sourceConnector("com.alpha.MirrorSourceConnector",
                        "1.0"),
                "com.beta.MirrorSourceConnector", PluginFixtures.sourceConnector("com.beta.MirrorSourceConnector",
                        "1.0"),
                "com.alpha.AvroConverter", PluginFixtures.converter("com.alpha.AvroConverter", ""),
                "com.alpha.Uppercase", PluginFixtures.converter("com.alpha.Uppercase", "")));
        PluginFixtures.jar(tmp.resolve("plugins/all.jar"), classes);
        plugins = Plugins.discover(PluginPath.parse(tmp.resolve("plugins").toString()),
                PluginDiscoveryMode.ONLY_SCAN, false);
    }

    @AfterEach
    void close() {
        plugins.close();
    }

    @Test
    void everyPluginIsKnownByItsSimpleName() {
        assertEquals("com.alpha.AvroConverter", plugins.resolveAlias("AvroConverter", PluginType.CONVERTER));
        assertEquals("com.alpha.Uppercase", plugins.resolveAlias("Uppercase", null));
    }

    @Test
    void theTypeSuffixCanBeLeftOut() {
        assertEquals("com.alpha.AvroConverter", plugins.resolveAlias("Avro", PluginType.CONVERTER));
        Converter converter = plugins.newPlugin("Avro", PluginType.CONVERTER, null, Converter.class);
        assertEquals("com.alpha.AvroConverter", converter.getClass().getName());
    }

    @Test
    void connectorAliasesDropTheConnectorSuffixAndOtherNamesKeepOnlyTheSimpleName() {
        Class<?> mirror = plugins.find("com.alpha.MirrorSourceConnector", PluginType.SOURCE, null).pluginClass();
        assertEquals(List.of("MirrorSourceConnector", "MirrorSource"), AliasTable.aliasesOf(mirror, PluginType.SOURCE));
        Class<?> uppercase = plugins.find("com.alpha.Uppercase", PluginType.CONVERTER, null).pluginClass();
        assertEquals(List.of("Uppercase"), AliasTable.aliasesOf(uppercase, PluginType.CONVERTER));
    }

    @Test
    void otherTypesDropTheirSupertypeName() {
        assertEquals(List.of("StringConverter", "String"), AliasTable.aliasesOf(StringConverter.class,
                PluginType.CONVERTER));
        assertEquals(List.of("StringConverter"), AliasTable.aliasesOf(StringConverter.class,
                PluginType.HEADER_CONVERTER));
        assertEquals(List.of("SimpleHeaderConverter", "Simple"), AliasTable.aliasesOf(SimpleHeaderConverter.class,
                PluginType.HEADER_CONVERTER));
        assertEquals(List.of("FileConfigProvider", "File"), AliasTable.aliasesOf(FileConfigProvider.class,
                PluginType.CONFIG_PROVIDER));
    }

    @Test
    void pluginTypesUseTheNamesApachesRestApiShows() {
        assertEquals(List.of("source", "sink", "converter", "header_converter", "transformation", "predicate",
                "configprovider", "rest_extension", "connector_client_config_override_policy"),
                java.util.Arrays.stream(PluginType.values()).map(PluginType::toString).toList());
        assertEquals("META-INF/services/org.apache.kafka.connect.sink.SinkConnector",
                PluginType.SINK.manifestResource());
    }

    @Test
    void anAliasSharedByTwoClassesIsRejectedNamingBoth() {
        for (String alias : List.of("MirrorSourceConnector", "MirrorSource")) {
            ConnectException e = assertThrows(ConnectException.class,
                    () -> plugins.find(alias, PluginType.SOURCE, null));
            assertTrue(e.getMessage().contains("Ambiguous plugin alias '" + alias + "'"), e.getMessage());
            assertTrue(e.getMessage().contains("[com.alpha.MirrorSourceConnector, com.beta.MirrorSourceConnector]"),
                    e.getMessage());
        }
    }

    @Test
    void fullClassNamesStillWorkWhenTheAliasIsAmbiguous() {
        assertEquals("com.beta.MirrorSourceConnector",
                plugins.find("com.beta.MirrorSourceConnector", PluginType.SOURCE, null).className());
    }

    @Test
    void unknownNamesAreReportedAsNotFound() {
        ConnectException e = assertThrows(ConnectException.class,
                () -> plugins.find("NoSuchConnector", PluginType.SOURCE, null));
        assertTrue(e.getMessage().contains("'NoSuchConnector'"), e.getMessage());
        assertThrows(ConnectException.class, () -> plugins.find("Avro", PluginType.SINK, null));
    }
}
