/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps resolved secrets out of stored task configs. A connector generates its task configs from its resolved
 * config, so a value a config provider filled in ({@code ${file:/secrets:password}}) would otherwise be written in
 * clear to the config topic. Where a task config carries exactly the resolved value of a connector key that was a
 * placeholder, the placeholder is stored instead; workers resolve it again when they start the task.
 */
final class SecretPlaceholders {

    private SecretPlaceholders() {
    }

    static List<Map<String, String>> restore(List<Map<String, String>> taskConfigs, Map<String, String> rawConnector,
                                             Map<String, String> resolvedConnector) {
        List<Map<String, String>> restored = new ArrayList<>(taskConfigs.size());
        for (Map<String, String> task : taskConfigs) {
            Map<String, String> copy = new LinkedHashMap<>(task);
            copy.replaceAll((key, value) -> {
                String raw = rawConnector.get(key);
                boolean placeholder = raw != null && raw.contains("${");
                return placeholder && value != null && value.equals(resolvedConnector.get(key)) ? raw : value;
            });
            restored.add(copy);
        }
        return restored;
    }
}
