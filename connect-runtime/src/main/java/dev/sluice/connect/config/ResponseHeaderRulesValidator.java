/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Checks {@code response.http.headers.config}: comma-separated rules {@code [action] [name]:[value]}, where a rule
 * may be wrapped in double quotes so that its value can itself contain commas. Messages match Apache's worker.
 */
public final class ResponseHeaderRulesValidator implements ConfigDef.Validator {

    private static final List<String> ACTIONS = List.of("set", "add", "setDate", "addDate");
    private static final Set<String> ACTIONS_LOWER = Set.of("set", "add", "setdate", "adddate");

    @Override
    public void ensureValid(String name, Object value) {
        String rules = (String) value;
        if (rules == null || rules.isBlank()) {
            return;
        }
        for (String rule : split(rules)) {
            validateRule(rule);
        }
    }

    /** Splits on the commas outside double quotes; trailing empty rules are dropped, inner ones kept. */
    public static List<String> split(String rules) {
        List<String> result = new ArrayList<>();
        if (rules == null || rules.isBlank()) {
            return result;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : rules.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                result.add(unquote(current.toString()));
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        result.add(unquote(current.toString()));
        while (!result.isEmpty() && result.get(result.size() - 1).isEmpty()) {
            result.remove(result.size() - 1);
        }
        return result;
    }

    private static String unquote(String rule) {
        String trimmed = rule.trim();
        if (trimmed.startsWith("\"")) {
            trimmed = trimmed.substring(1);
        }
        if (trimmed.endsWith("\"")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.trim();
    }

    private static void validateRule(String rule) {
        String[] actionAndHeader = rule.split("\\s+", 2);
        if (rule.isEmpty() || actionAndHeader.length != 2) {
            throw new ConfigException("Invalid format of header config '" + rule
                    + "'. Expected: '[action] [header name]:[header value]'");
        }
        String action = actionAndHeader[0];
        if (!ACTIONS_LOWER.contains(action.toLowerCase(Locale.ROOT))) {
            throw new ConfigException("Invalid header config action: '" + action + "'. Expected one of " + ACTIONS);
        }
        String pair = actionAndHeader[1];
        String[] nameAndValue = pair.split(":");
        if (nameAndValue.length != 2) {
            throw new ConfigException("Invalid format of header name and header value pair '" + pair
                    + "'. Expected: '[header name]:[header value]'");
        }
        String headerName = nameAndValue[0].trim();
        if (headerName.isEmpty() || headerName.chars().anyMatch(Character::isWhitespace)) {
            throw new ConfigException("Invalid header name '" + headerName
                    + "'. The '[header name]' cannot contain whitespace");
        }
    }

    @Override
    public String toString() {
        return "Comma-separated header rules, where each header rule is of the form '[action] [header name]:"
                + "[header value]' and optionally surrounded by double quotes if any part of a header rule"
                + " contains a comma";
    }
}
