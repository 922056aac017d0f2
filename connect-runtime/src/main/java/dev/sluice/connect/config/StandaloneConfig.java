/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

/** Settings of a standalone worker: the shared worker settings plus the file that keeps source offsets. */
public class StandaloneConfig extends WorkerConfig {

    public static final String OFFSET_STORAGE_FILE_FILENAME_CONFIG = "offset.storage.file.filename";

    private static final ConfigDef CONFIG = configDef();

    /**
     * Parses standalone worker properties.
     *
     * @throws org.apache.kafka.common.config.ConfigException naming the offending key
     */
    public StandaloneConfig(Map<String, String> props) {
        super(CONFIG, props);
    }

    /** A fresh copy of every key a standalone worker understands. */
    public static ConfigDef configDef() {
        return baseConfigDef().define(OFFSET_STORAGE_FILE_FILENAME_CONFIG, Type.STRING, Importance.HIGH,
                "File in which the worker keeps the offsets of its source connectors.");
    }

    /** Where source offsets are stored. */
    public String offsetsFile() {
        return getString(OFFSET_STORAGE_FILE_FILENAME_CONFIG);
    }
}
