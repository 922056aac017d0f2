/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parsed {@code spec} of a {@link Cast}: either one target type for the whole key/value, or a target type per
 * field name. Parsing is shared by the config validator and {@code configure}, so both report the same errors.
 */
final class CastSpec {

    private final Schema.Type wholeValueType;
    private final Map<String, Schema.Type> fieldTypes;

    private CastSpec(Schema.Type wholeValueType, Map<String, Schema.Type> fieldTypes) {
        this.wholeValueType = wholeValueType;
        this.fieldTypes = fieldTypes;
    }

    /** The type the whole key/value is cast to, or null when the spec names fields. */
    Schema.Type wholeValueType() {
        return wholeValueType;
    }

    /** Target type per field name; later entries for the same field win. */
    Map<String, Schema.Type> fieldTypes() {
        return fieldTypes;
    }

    static CastSpec parse(List<String> mappings) {
        Schema.Type wholeValueType = null;
        Map<String, Schema.Type> fieldTypes = new LinkedHashMap<>();
        for (String mapping : mappings) {
            String[] parts = mapping.split(":");
            if (parts.length > 2) {
                // Apache reports this under the ReplaceField key; kept so error messages match.
                throw new ConfigException(ReplaceField.ConfigName.RENAMES, mappings,
                        "Invalid rename mapping: " + mapping);
            }
            if (parts.length == 1) {
                wholeValueType = CastTypes.requireSupported(parseType(parts[0]), Cast.FieldType.OUTPUT);
            } else {
                Schema.Type type = parseType(parts[1]);
                fieldTypes.put(parts[0].trim(), CastTypes.requireSupported(type, Cast.FieldType.OUTPUT));
            }
        }
        if (wholeValueType != null && mappings.size() > 1) {
            throw new ConfigException("Cast transformations that specify a type to cast the entire value to may only "
                    + "specify a single cast in their spec");
        }
        return new CastSpec(wholeValueType, Collections.unmodifiableMap(fieldTypes));
    }

    private static Schema.Type parseType(String text) {
        String type = text.trim();
        try {
            return Schema.Type.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // (name, value) order is Apache's: the message reads "Invalid value <exception> for configuration ...".
            throw new ConfigException("Invalid type found in casting spec: " + type, e);
        }
    }
}
