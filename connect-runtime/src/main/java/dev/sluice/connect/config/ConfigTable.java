/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.kafka.common.config.ConfigDef;

/**
 * A {@link ConfigDef} as a Markdown table for the configuration reference: one row per key, the most important
 * first, then by name, with its type, default and valid values as the definition states them.
 */
public final class ConfigTable {

    private static final Comparator<ConfigDef.ConfigKey> ORDER =
            Comparator.<ConfigDef.ConfigKey, ConfigDef.Importance>comparing(key -> key.importance)
                    .thenComparing(key -> key.name);

    private ConfigTable() {
    }

    /** The table of {@code def}'s keys, leaving out {@code shown} (keys an earlier table of the page has). */
    public static String markdown(ConfigDef def, Set<String> shown) {
        List<ConfigDef.ConfigKey> keys = def.configKeys().values().stream()
                .filter(key -> !shown.contains(key.name) && !key.internalConfig)
                .sorted(ORDER).toList();
        StringBuilder table = new StringBuilder("| key | type | default | valid values | importance | description |\n"
                + "|---|---|---|---|---|---|\n");
        for (ConfigDef.ConfigKey key : keys) {
            table.append("| `").append(key.name).append("` | ")
                    .append(key.type.toString().toLowerCase(Locale.ROOT)).append(" | ")
                    .append(defaultValue(key)).append(" | ")
                    .append(validValues(key)).append(" | ")
                    .append(key.importance.toString().toLowerCase(Locale.ROOT)).append(" | ")
                    .append(cell(key.documentation == null ? "" : key.documentation)).append(" |\n");
        }
        return table.toString();
    }

    // A validator without a description of its own prints as a class name and hash, which says nothing.
    private static String validValues(ConfigDef.ConfigKey key) {
        if (key.validator == null) {
            return "";
        }
        String described = key.validator.toString();
        return described.contains("$$Lambda") || described.matches(".*@[0-9a-f]+") ? "" : cell(described);
    }

    private static String defaultValue(ConfigDef.ConfigKey key) {
        if (!key.hasDefault()) {
            return "required";
        }
        if (key.defaultValue == null) {
            return "null";
        }
        if (key.type == ConfigDef.Type.PASSWORD) {
            return "[hidden]";
        }
        String value = ConfigDef.convertToString(key.defaultValue, key.type);
        return value.isEmpty() ? "\"\"" : "`" + value.replace("`", "'") + "`";
    }

    // Table cells are one line; a pipe would end the cell early.
    private static String cell(String text) {
        return text.replace("\r", "").replace("\n", " ").replace("|", "\\|").strip();
    }
}
