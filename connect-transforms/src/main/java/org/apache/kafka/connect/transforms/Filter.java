/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.connect.connector.ConnectRecord;

import java.util.Map;

/**
 * Drops every record it sees. On its own that empties the pipeline, so it is meant to be guarded by a predicate
 * (optionally negated) that selects the records to discard.
 *
 * @param <R> the record type
 */
public class Filter<R extends ConnectRecord<R>> implements Transformation<R> {

    public static final String OVERVIEW_DOC = "Drops all records, filtering them from subsequent transformations "
            + "in the chain. This is intended to be used conditionally to filter out records matching (or not "
            + "matching) a particular Predicate.";

    public static final ConfigDef CONFIG_DEF = new ConfigDef();

    /** Returns null, which the runtime takes as "drop this record". */
    @Override
    public R apply(R record) {
        return null;
    }

    @Override
    public String version() {
        return AppInfoParser.getVersion();
    }

    @Override
    public ConfigDef config() {
        return CONFIG_DEF;
    }

    @Override
    public void close() {
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }
}
