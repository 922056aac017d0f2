/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms.field;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

import java.util.Locale;

/**
 * How a transform reads its field-name configs: {@link #V1} treats each name literally as a top-level field,
 * {@link #V2} parses dotted, backtick-quoted paths into nested fields.
 */
public enum FieldSyntaxVersion {
    V1,
    V2;

    public static final String FIELD_SYNTAX_VERSION_CONFIG = "field.syntax.version";
    public static final String FIELD_SYNTAX_VERSION_DOC = "Defines the version of the syntax to access fields. "
            + "If set to <code>V1</code>, then the field paths are limited to access the elements at the root level "
            + "of the struct or map. If set to <code>V2</code>, the syntax will support accessing nested elements. "
            + "To access nested elements, dotted notation is used. If dots are already included in the field name, "
            + "then backtick pairs can be used to wrap field names containing dots. E.g. to access the subfield "
            + "<code>baz</code> from a field named \"foo.bar\" in a struct/map the following format can be used to "
            + "access its elements: \"<code>foo.bar</code>.baz\".";
    // Not a compile-time constant, so callers always read the current default.
    public static final String FIELD_SYNTAX_VERSION_DEFAULT_VALUE = V1.name();

    /** Adds the {@code field.syntax.version} key to {@code configDef} and returns it. */
    public static ConfigDef appendConfigTo(ConfigDef configDef) {
        return configDef.define(
                FIELD_SYNTAX_VERSION_CONFIG,
                ConfigDef.Type.STRING,
                FIELD_SYNTAX_VERSION_DEFAULT_VALUE,
                ConfigDef.CaseInsensitiveValidString.in(V1.name(), V2.name()),
                ConfigDef.Importance.HIGH,
                FIELD_SYNTAX_VERSION_DOC);
    }

    /** Reads {@code field.syntax.version} from {@code config}, ignoring case. */
    public static FieldSyntaxVersion fromConfig(AbstractConfig config) {
        String configured = config.getString(FIELD_SYNTAX_VERSION_CONFIG);
        try {
            return valueOf(configured.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(FIELD_SYNTAX_VERSION_CONFIG, configured, "Unrecognized field syntax version");
        }
    }
}
