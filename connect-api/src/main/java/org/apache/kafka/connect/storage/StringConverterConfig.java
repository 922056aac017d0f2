/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.storage;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/** The settings of a {@link StringConverter}. */
public class StringConverterConfig extends ConverterConfig {

    public static final String ENCODING_CONFIG = "converter.encoding";
    // Computed rather than a literal, so it is not inlined into classes compiled against it.
    public static final String ENCODING_DEFAULT = StandardCharsets.UTF_8.name();

    private static final String ENCODING_DOC =
            "The name of the Java character set to use for encoding strings as byte arrays.";
    private static final String ENCODING_DISPLAY = "Encoding";

    private static final ConfigDef CONFIG = newConfigDef().define(ENCODING_CONFIG, Type.STRING, ENCODING_DEFAULT,
            Importance.HIGH, ENCODING_DOC, null, -1, Width.MEDIUM, ENCODING_DISPLAY);

    /** The definition of the string converter's settings; the same instance on every call. */
    public static ConfigDef configDef() {
        return CONFIG;
    }

    public StringConverterConfig(Map<String, ?> props) {
        super(CONFIG, props);
    }

    /**
     * The name of the character set to encode and decode with.
     *
     * @return the encoding name
     */
    public String encoding() {
        return getString(ENCODING_CONFIG);
    }
}
