/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.config.DistributedConfig;
import dev.sluice.connect.config.SinkConnectorConfig;
import dev.sluice.connect.config.SourceConnectorConfig;
import dev.sluice.connect.config.StandaloneConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;

/** docs/configuration.md is the page the ConfigDefs give, and that page has a row for every key a user can set. */
class ConfigurationReferenceTest {

    private final String page = ConfigurationReference.page();

    @Test
    void everyWorkerAndConnectorKeyHasARow() {
        List<String> missing = new ArrayList<>();
        for (ConfigDef def : List.of(DistributedConfig.configDef(), StandaloneConfig.configDef(),
                SourceConnectorConfig.configDef(), SinkConnectorConfig.configDef())) {
            for (ConfigDef.ConfigKey key : def.configKeys().values()) {
                if (!key.internalConfig && !page.contains("\n| `" + key.name + "` |")) {
                    missing.add(key.name);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theShippedConvertersTransformationsAndPredicatesHaveTheirSettings() {
        assertTrue(page.contains("### `org.apache.kafka.connect.json.JsonConverter`\n"), page);
        assertTrue(page.contains("### `org.apache.kafka.connect.transforms.RegexRouter`\n"));
        assertTrue(page.contains("### `org.apache.kafka.connect.transforms.predicates.TopicNameMatches`\n"));
        assertTrue(page.contains("| `schemas.enable` | boolean | `true` |"));
        // A key without a default is marked, and no validator prints as an object address.
        assertTrue(page.contains("| `group.id` | string | required |"));
        assertFalse(page.matches("(?s).*\\$\\$Lambda.*|.*@[0-9a-f]{6,} \\|.*"));
    }

    @Test
    void theCommittedPageIsTheGeneratedOne() throws Exception {
        // The build writes it (process-classes); this catches a page edited by hand or committed stale.
        Path committed = Path.of("..", "docs", "configuration.md");
        assertEquals(page, Files.readString(committed, StandardCharsets.UTF_8),
                "docs/configuration.md differs from the ConfigDefs: run mvn -pl connect-runtime process-classes");
    }
}
