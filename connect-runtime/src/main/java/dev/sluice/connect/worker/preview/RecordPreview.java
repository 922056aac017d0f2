/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.preview;

import java.util.List;
import org.apache.kafka.connect.health.ConnectorType;

/**
 * What a preview found: the records in the order the plugin produced them, and, when the plugin itself failed
 * (its connector or task did not start, or its poll threw), that failure; the records before it still count.
 */
public record RecordPreview(String connector, ConnectorType type, List<PreviewedRecord> records,
                            PreviewFailure failure) {

    public RecordPreview {
        records = List.copyOf(records);
    }
}
