/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.CaseInsensitiveValidString;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.connect.storage.ConverterConfig;

/**
 * The settings of {@link JsonConverter}. Keys, defaults, validators, documentation and groups are Apache Kafka
 * Connect's, so tools that render or validate converter configs see the same definition.
 */
public final class JsonConverterConfig extends ConverterConfig {

    public static final String SCHEMAS_ENABLE_CONFIG = "schemas.enable";
    public static final boolean SCHEMAS_ENABLE_DEFAULT = true;
    private static final String SCHEMAS_ENABLE_DOC = "Include schemas within each of the serialized values and keys.";
    private static final String SCHEMAS_ENABLE_DISPLAY = "Enable Schemas";

    public static final String SCHEMA_CONTENT_CONFIG = "schema.content";
    // Deliberately not a compile-time constant, so callers read the value at run time.
    public static final String SCHEMA_CONTENT_DEFAULT = noDefault();
    private static final String SCHEMA_CONTENT_DOC = "When set, this is used as the schema for all messages, and the "
            + "schemas within each of the message will be ignored.Otherwise, the schema will be included in the "
            + "content of each message. This configuration applies only 'schemas.enable' is true, and it exclusively "
            + "affects the sink connector.";
    private static final String SCHEMA_CONTENT_DISPLAY = "Schema Content";

    public static final String SCHEMAS_CACHE_SIZE_CONFIG = "schemas.cache.size";
    public static final int SCHEMAS_CACHE_SIZE_DEFAULT = 1000;
    private static final String SCHEMAS_CACHE_SIZE_DOC =
            "The maximum number of schemas that can be cached in this converter instance.";
    private static final String SCHEMAS_CACHE_SIZE_DISPLAY = "Schema Cache Size";

    public static final String DECIMAL_FORMAT_CONFIG = "decimal.format";
    public static final String DECIMAL_FORMAT_DEFAULT = DecimalFormat.BASE64.name();
    private static final String DECIMAL_FORMAT_DOC = "Controls which format this converter will serialize decimals in."
            + " This value is case insensitive and can be either 'BASE64' (default) or 'NUMERIC'";
    private static final String DECIMAL_FORMAT_DISPLAY = "Decimal Format";

    public static final String REPLACE_NULL_WITH_DEFAULT_CONFIG = "replace.null.with.default";
    public static final boolean REPLACE_NULL_WITH_DEFAULT_DEFAULT = true;
    private static final String REPLACE_NULL_WITH_DEFAULT_DOC = "Whether to replace fields that have a default value "
            + "and that are null to the default value. When set to true, the default value is used, otherwise null is "
            + "used.";
    private static final String REPLACE_NULL_WITH_DEFAULT_DISPLAY = "Replace null with default";

    private static final String SCHEMAS_GROUP = "Schemas";
    private static final String SERIALIZATION_GROUP = "Serialization";

    private static final ConfigDef CONFIG = buildConfigDef();

    private final boolean schemasEnabled;
    private final int schemaCacheSize;
    private final DecimalFormat decimalFormat;
    private final boolean replaceNullWithDefault;
    private final byte[] schemaContent;

    /**
     * The definition of the converter's settings. This is one shared instance, as in Apache Kafka.
     *
     * @return the definition
     */
    public static ConfigDef configDef() {
        return CONFIG;
    }

    /**
     * Parses and validates converter settings; {@code converter.type} is required.
     *
     * @param props the settings
     * @throws org.apache.kafka.common.config.ConfigException if a setting is missing or invalid
     */
    public JsonConverterConfig(Map<String, ?> props) {
        super(CONFIG, props);
        this.schemasEnabled = getBoolean(SCHEMAS_ENABLE_CONFIG);
        this.schemaCacheSize = getInt(SCHEMAS_CACHE_SIZE_CONFIG);
        this.decimalFormat = DecimalFormat.valueOf(getString(DECIMAL_FORMAT_CONFIG).toUpperCase(Locale.ROOT));
        this.replaceNullWithDefault = getBoolean(REPLACE_NULL_WITH_DEFAULT_CONFIG);
        String content = getString(SCHEMA_CONTENT_CONFIG);
        // Surrounding white space is not part of the schema, and a blank value means "not set".
        String trimmed = content == null ? "" : content.trim();
        this.schemaContent = trimmed.isEmpty() ? null : trimmed.getBytes(StandardCharsets.UTF_8);
    }

    /** @return whether records carry the schema envelope */
    public boolean schemasEnabled() {
        return schemasEnabled;
    }

    /** @return how many schemas each direction's cache keeps; zero or less disables caching */
    public int schemaCacheSize() {
        return schemaCacheSize;
    }

    /** @return how decimals are written */
    public DecimalFormat decimalFormat() {
        return decimalFormat;
    }

    /** @return whether a null with a schema default is replaced by that default */
    public boolean replaceNullWithDefault() {
        return replaceNullWithDefault;
    }

    /** @return the trimmed UTF-8 bytes of {@code schema.content}, or null when it is unset or blank */
    public byte[] schemaContent() {
        return schemaContent;
    }

    private static ConfigDef buildConfigDef() {
        int schemasOrder = 0;
        int serializationOrder = 0;
        return newConfigDef()
                .define(SCHEMAS_ENABLE_CONFIG, Type.BOOLEAN, SCHEMAS_ENABLE_DEFAULT, Importance.HIGH,
                        SCHEMAS_ENABLE_DOC, SCHEMAS_GROUP, schemasOrder++, Width.MEDIUM, SCHEMAS_ENABLE_DISPLAY)
                .define(SCHEMAS_CACHE_SIZE_CONFIG, Type.INT, SCHEMAS_CACHE_SIZE_DEFAULT, Importance.HIGH,
                        SCHEMAS_CACHE_SIZE_DOC, SCHEMAS_GROUP, schemasOrder++, Width.MEDIUM,
                        SCHEMAS_CACHE_SIZE_DISPLAY)
                .define(SCHEMA_CONTENT_CONFIG, Type.STRING, SCHEMA_CONTENT_DEFAULT, Importance.HIGH,
                        SCHEMA_CONTENT_DOC, SCHEMAS_GROUP, schemasOrder++, Width.MEDIUM, SCHEMA_CONTENT_DISPLAY)
                .define(DECIMAL_FORMAT_CONFIG, Type.STRING, DECIMAL_FORMAT_DEFAULT,
                        CaseInsensitiveValidString.in(DecimalFormat.BASE64.name(), DecimalFormat.NUMERIC.name()),
                        Importance.LOW, DECIMAL_FORMAT_DOC, SERIALIZATION_GROUP, serializationOrder++, Width.MEDIUM,
                        DECIMAL_FORMAT_DISPLAY)
                .define(REPLACE_NULL_WITH_DEFAULT_CONFIG, Type.BOOLEAN, REPLACE_NULL_WITH_DEFAULT_DEFAULT,
                        Importance.LOW, REPLACE_NULL_WITH_DEFAULT_DOC, SERIALIZATION_GROUP, serializationOrder++,
                        Width.MEDIUM, REPLACE_NULL_WITH_DEFAULT_DISPLAY);
    }

    private static String noDefault() {
        return null;
    }
}
