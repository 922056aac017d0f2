/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms.predicates;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.connect.connector.ConnectRecord;

import java.util.Map;

/**
 * Matches tombstones: records whose value is null, whatever their value schema says.
 *
 * @param <R> the record type
 */
public class RecordIsTombstone<R extends ConnectRecord<R>> implements Predicate<R> {

    public static final String OVERVIEW_DOC =
            "A predicate which is true for records which are tombstones (i.e. have null value).";

    public static final ConfigDef CONFIG_DEF = new ConfigDef();

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
        return record.value() == null;
    }

    @Override
    public void close() {
    }

    @Override
    public void configure(Map<String, ?> configs) {
        // Nothing to configure; unknown keys are ignored like every other plugin does.
    }

    @Override
    public String toString() {
        return "RecordIsTombstone{}";
    }
}
