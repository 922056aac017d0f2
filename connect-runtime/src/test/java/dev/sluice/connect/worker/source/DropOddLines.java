/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.source;

import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.transforms.Transformation;

/** Drops every record whose source offset is an odd line number. */
public class DropOddLines implements Transformation<SourceRecord> {

    @Override
    public SourceRecord apply(SourceRecord record) {
        long line = (Long) record.sourceOffset().get("line");
        return line % 2 == 1 ? null : record;
    }

    @Override
    public ConfigDef config() {
        return new ConfigDef();
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }

    @Override
    public void close() {
    }
}
