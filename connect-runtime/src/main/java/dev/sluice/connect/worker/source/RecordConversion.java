/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.source;

import dev.sluice.connect.errors.Operation;
import dev.sluice.connect.errors.ProcessingContext;
import dev.sluice.connect.errors.RetryAndTolerance;
import dev.sluice.connect.errors.Stage;
import dev.sluice.connect.worker.TransformationStage;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.HeaderConverter;

/**
 * Turns a polled record into the bytes to produce: transformations one stage at a time, then headers, key and
 * value, each step under the connector's retry and tolerance policy so a failure names the stage and class that
 * failed. The operations are fields reading the record being converted, so the success path allocates only what
 * the produced record needs. Used from the task's thread only.
 */
public final class RecordConversion {

    private final TransformationStage<SourceRecord>[] stages;
    private final Converter keyConverter;
    private final Converter valueConverter;
    private final HeaderConverter headerConverter;
    private final RetryAndTolerance<SourceRecord> retryAndTolerance;
    private final ProcessingContext<SourceRecord> context = new ProcessingContext<>(null);

    // The record being converted, read by the operations below.
    private SourceRecord current;
    private TransformationStage<SourceRecord> currentStage;
    private RecordHeaders currentHeaders;

    private final Operation<SourceRecord> transform = () -> currentStage.apply(current);
    private final Operation<RecordHeaders> convertHeaders = this::headers;
    private final Operation<byte[]> convertKey =
            () -> keyConverter().fromConnectData(current.topic(), currentHeaders, current.keySchema(), current.key());
    private final Operation<byte[]> convertValue = () ->
            valueConverter().fromConnectData(current.topic(), currentHeaders, current.valueSchema(), current.value());

    @SuppressWarnings("unchecked")
    public RecordConversion(List<TransformationStage<SourceRecord>> stages, Converter keyConverter,
                            Converter valueConverter, HeaderConverter headerConverter,
                            RetryAndTolerance<SourceRecord> retryAndTolerance) {
        this.stages = stages.toArray(new TransformationStage[0]);
        this.keyConverter = keyConverter;
        this.valueConverter = valueConverter;
        this.headerConverter = headerConverter;
        this.retryAndTolerance = retryAndTolerance;
    }

    /**
     * The record to produce, or null when a transformation dropped the record or a failure was tolerated; either
     * way the record is finished and its offset may be committed.
     *
     * @throws org.apache.kafka.connect.errors.ConnectException when a failure is not tolerated
     */
    public ProducerRecord<byte[], byte[]> convert(SourceRecord record) {
        context.reset(record);
        try {
            current = record;
            for (TransformationStage<SourceRecord> stage : stages) {
                currentStage = stage;
                current = retryAndTolerance.execute(context, Stage.TRANSFORMATION,
                        stage.transformation().getClass(), transform);
                if (current == null) {
                    return null;
                }
            }
            currentHeaders = retryAndTolerance.execute(context, Stage.HEADER_CONVERTER, headerConverter.getClass(),
                    convertHeaders);
            if (context.failed()) {
                return null;
            }
            byte[] key = retryAndTolerance.execute(context, Stage.KEY_CONVERTER, keyConverter.getClass(), convertKey);
            if (context.failed()) {
                return null;
            }
            byte[] value = retryAndTolerance.execute(context, Stage.VALUE_CONVERTER, valueConverter.getClass(),
                    convertValue);
            if (context.failed()) {
                return null;
            }
            return new ProducerRecord<>(current.topic(), current.kafkaPartition(), timestamp(current.timestamp()),
                    key, value, currentHeaders);
        } finally {
            current = null;
            currentStage = null;
            currentHeaders = null;
        }
    }

    private Converter keyConverter() {
        return keyConverter;
    }

    private Converter valueConverter() {
        return valueConverter;
    }

    private RecordHeaders headers() {
        RecordHeaders converted = new RecordHeaders();
        if (current.headers() == null || current.headers().isEmpty()) {
            return converted;
        }
        String topic = current.topic();
        for (Header header : current.headers()) {
            byte[] bytes = headerConverter.fromConnectHeader(topic, header.key(), header.schema(), header.value());
            converted.add(header.key(), bytes);
        }
        return converted;
    }

    /** Kafka has no negative timestamps; -1 is the usual "none" and means the producer picks the time. */
    private static Long timestamp(Long timestamp) {
        return timestamp == null || timestamp == -1L ? null : timestamp;
    }
}
