/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import static dev.sluice.connect.jdbc.source.JdbcSourceConfig.MODE;
import static dev.sluice.connect.jdbc.source.JdbcSourceConfig.QUERY;
import static dev.sluice.connect.jdbc.source.JdbcSourceConfig.TABLE_BLACKLIST;
import static dev.sluice.connect.jdbc.source.JdbcSourceConfig.TABLE_EXCLUDE_LIST;
import static dev.sluice.connect.jdbc.source.JdbcSourceConfig.TABLE_INCLUDE_LIST;
import static dev.sluice.connect.jdbc.source.JdbcSourceConfig.TABLE_WHITELIST;
import static dev.sluice.connect.jdbc.source.JdbcSourceConfig.TIMESTAMP_COLUMNS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigException;

/**
 * The checks that involve more than one key, which ConfigDef's per-key validators cannot make. They work on parsed
 * values so that {@code validate} (which reports every problem per key) and {@code start} (which fails on the first)
 * share them.
 */
public final class ConfigChecks {

    private static final List<String> INCLUDE_KEYS = List.of(TABLE_WHITELIST, TABLE_INCLUDE_LIST);
    private static final List<String> EXCLUDE_KEYS = List.of(TABLE_BLACKLIST, TABLE_EXCLUDE_LIST);

    private ConfigChecks() {
    }

    /**
     * @param values parsed values by key; a key missing or null (because its own value was invalid) counts as unset
     * @return error messages by the key they belong to, empty when the combination is fine
     */
    public static Map<String, List<String>> errors(Map<String, ?> values) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (String include : INCLUDE_KEYS) {
            for (String exclude : EXCLUDE_KEYS) {
                if (isSet(values, include) && isSet(values, exclude)) {
                    String message = include + " and " + exclude + " cannot both be set: list the tables to copy"
                            + " or the tables to leave out, not both";
                    add(errors, include, message);
                    add(errors, exclude, message);
                }
            }
        }
        checkAliases(values, errors, INCLUDE_KEYS);
        checkAliases(values, errors, EXCLUDE_KEYS);
        if (isSet(values, QUERY)) {
            for (String key : List.of(TABLE_WHITELIST, TABLE_INCLUDE_LIST, TABLE_BLACKLIST, TABLE_EXCLUDE_LIST)) {
                if (isSet(values, key)) {
                    add(errors, QUERY, QUERY + " copies the result of one query; it cannot be combined with " + key);
                }
            }
        }
        Object mode = values.get(MODE);
        boolean timestampMode = Mode.TIMESTAMP.configValue().equals(mode)
                || Mode.TIMESTAMP_INCREMENTING.configValue().equals(mode);
        if (timestampMode && !isSet(values, TIMESTAMP_COLUMNS)) {
            add(errors, TIMESTAMP_COLUMNS, "Mode " + mode + " needs " + TIMESTAMP_COLUMNS
                    + ": the column(s) whose timestamp changes with each insert and update");
        }
        return errors;
    }

    /** Fails with the first problem, for {@code start}. */
    public static void check(Map<String, ?> values) {
        for (Map.Entry<String, List<String>> error : errors(values).entrySet()) {
            throw new ConfigException(error.getKey(), values.get(error.getKey()), error.getValue().get(0));
        }
    }

    /** Old and new names of one setting: two different lists would leave it unclear which applies. */
    private static void checkAliases(Map<String, ?> values, Map<String, List<String>> errors, List<String> keys) {
        if (isSet(values, keys.get(0)) && isSet(values, keys.get(1))) {
            String message = keys.get(0) + " is the older name of " + keys.get(1) + "; set only " + keys.get(1);
            add(errors, keys.get(0), message);
            add(errors, keys.get(1), message);
        }
    }

    private static boolean isSet(Map<String, ?> values, String key) {
        Object value = values.get(key);
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(item -> item != null && !item.toString().isBlank());
        }
        return value != null && !value.toString().isBlank();
    }

    private static void add(Map<String, List<String>> errors, String key, String message) {
        errors.computeIfAbsent(key, k -> new ArrayList<>()).add(message);
    }
}
