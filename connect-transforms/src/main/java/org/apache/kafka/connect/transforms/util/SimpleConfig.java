/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms.util;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;

import java.util.Map;

/**
 * An {@link AbstractConfig} for a transform's own {@link ConfigDef}. It does not log its values: transforms are
 * configured once per task, and the worker already logs the connector config.
 */
public class SimpleConfig extends AbstractConfig {

    /**
     * Parses and validates {@code originals} against {@code configDef}.
     *
     * @throws org.apache.kafka.common.config.ConfigException naming the key and the reason when a value is invalid
     */
    public SimpleConfig(ConfigDef configDef, Map<?, ?> originals) {
        super(configDef, originals, false);
    }
}
