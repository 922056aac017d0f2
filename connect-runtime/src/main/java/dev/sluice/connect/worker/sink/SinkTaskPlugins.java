/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.sink;

import dev.sluice.connect.metrics.TaskDescription;
import dev.sluice.connect.worker.TransformationChain;
import java.util.Objects;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.HeaderConverter;

/**
 * The already configured plugin instances one sink task runs with. The runner owns them from then on: it closes the
 * converters and the chain when the task closes.
 *
 * @param description what the task's {@code connector-task-metrics} say about these plugins
 */
public record SinkTaskPlugins(SinkTask task, Converter keyConverter, Converter valueConverter,
                              HeaderConverter headerConverter, TransformationChain<SinkRecord> transformations,
                              TaskDescription description) {

    public SinkTaskPlugins {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(keyConverter, "keyConverter");
        Objects.requireNonNull(valueConverter, "valueConverter");
        Objects.requireNonNull(headerConverter, "headerConverter");
        Objects.requireNonNull(description, "description");
        transformations = transformations == null ? TransformationChain.identity() : transformations;
    }
}
