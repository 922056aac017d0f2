/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.storage;

import java.util.Map;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;

/** The settings every {@link Converter} and {@link HeaderConverter} configuration shares. */
public abstract class ConverterConfig extends AbstractConfig {

    public static final String TYPE_CONFIG = "converter.type";
    private static final String TYPE_DOC = "How this converter will be used.";

    /**
     * A fresh definition holding the shared settings, for subclasses to extend with their own.
     *
     * @return a new definition; never null
     */
    public static ConfigDef newConfigDef() {
        ConverterType[] types = ConverterType.values();
        String[] names = new String[types.length];
        for (int i = 0; i < types.length; i++) {
            names[i] = types[i].getName();
        }
        return new ConfigDef().define(TYPE_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, ValidString.in(names),
                Importance.LOW, TYPE_DOC);
    }

    protected ConverterConfig(ConfigDef configDef, Map<String, ?> props) {
        super(configDef, props);
    }

    /**
     * The use this converter was configured for.
     *
     * @return the converter type; never null
     */
    public ConverterType type() {
        return ConverterType.withName(getString(TYPE_CONFIG));
    }
}
