/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A config written for Confluent Platform names Confluent's Avro converter; Sluice's stands in when it is absent. */
class StandInPluginTest {

    private static final String CONFLUENT = "io.confluent.connect.avro.AvroConverter";
    private static final String SLUICE = "dev.sluice.connect.avro.AvroConverter";

    @TempDir
    Path tmp;

    private Plugins pluginsWith(String... converterClasses) throws Exception {
        Map<String, String> sources = new HashMap<>();
        for (String className : converterClasses) {
            sources.put(className, PluginFixtures.converter(className, ""));
        }
        Path classes = PluginFixtures.compile(tmp.resolve("classes"), sources);
        PluginFixtures.jar(tmp.resolve("plugins/converters.jar"), classes);
        return Plugins.discover(PluginPath.parse(tmp.resolve("plugins").toString()), PluginDiscoveryMode.ONLY_SCAN,
                false);
    }

    @Test
    void sluicesConverterAnswersToConfluentsNameWhenConfluentsIsNotInstalled() throws Exception {
        try (Plugins plugins = pluginsWith(SLUICE)) {
            assertEquals(SLUICE, plugins.find(CONFLUENT, PluginType.CONVERTER, null).className());
            assertEquals(List.of(CONFLUENT + " is not installed; configs naming it get " + SLUICE),
                    new AliasTable(plugins.plugins()).standInReport());
        }
    }

    @Test
    void confluentsOwnConverterWinsWhenInstalled() throws Exception {
        try (Plugins plugins = pluginsWith(SLUICE, CONFLUENT)) {
            assertEquals(CONFLUENT, plugins.find(CONFLUENT, PluginType.CONVERTER, null).className());
            assertEquals(SLUICE, plugins.find(SLUICE, PluginType.CONVERTER, null).className());
            assertEquals(List.of(CONFLUENT + " is installed on plugin.path; configs naming it use it"),
                    new AliasTable(plugins.plugins()).standInReport());
        }
    }
}
