/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms.predicates;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.transforms.util.SimpleConfig;

import java.util.Map;

/**
 * Matches records carrying at least one header with the configured name.
 *
 * @param <R> the record type
 */
public class HasHeaderKey<R extends ConnectRecord<R>> implements Predicate<R> {

    private static final String NAME_CONFIG = "name";

    public static final String OVERVIEW_DOC =
            "A predicate which is true for records with at least one header with the configured name.";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(NAME_CONFIG, ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                    ConfigDef.Importance.MEDIUM, "The header name.");

    private String name;

    @Override
    public String version() {
        return AppInfoParser.getVersion();
    }

    @Override
    public ConfigDef config() {
        return CONFIG_DEF;
    }

    @Override
    public boolean test(R record) {
        return record.headers().allWithName(name).hasNext();
    }

    @Override
    public void close() {
    }

    @Override
    public void configure(Map<String, ?> configs) {
        this.name = new SimpleConfig(config(), configs).getString(NAME_CONFIG);
    }

    @Override
    public String toString() {
        return "HasHeaderKey{name='" + name + "'}";
    }
}
