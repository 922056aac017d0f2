/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.sink;

import dev.sluice.connect.errors.Operation;
import dev.sluice.connect.errors.ProcessingContext;
import dev.sluice.connect.errors.RetryAndTolerance;
import dev.sluice.connect.errors.Stage;
import dev.sluice.connect.worker.TransformationChain;
import dev.sluice.connect.worker.TransformationStage;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.HeaderConverter;

/**
 * Turns one consumed record into the record a sink task sees: key, value and headers through their converters, then
 * every transformation, each step under the task's error policy. One instance per task, used only on the task's
 * thread: the stage operations are created once and read the record in flight from fields, so a record that
 * converts cleanly costs no more than the records it produces.
 */
public final class SinkRecordConverter {

    private final Converter keyConverter;
    private final Converter valueConverter;
    private final HeaderConverter headerConverter;
    private final TransformationStage<SinkRecord>[] stages;
    private final RetryAndTolerance<ConsumerRecord<byte[], byte[]>> policy;
    private final ProcessingContext<ConsumerRecord<byte[], byte[]>> context = new ProcessingContext<>(null);

    private ConsumerRecord<byte[], byte[]> current;
    private SinkRecord transforming;
    private TransformationStage<SinkRecord> stage;

    private final Operation<SchemaAndValue> convertKey;
    private final Operation<SchemaAndValue> convertValue;
    private final Operation<ConnectHeaders> convertHeaders = this::connectHeaders;
    private final Operation<SinkRecord> transform = () -> stage.apply(transforming);

    @SuppressWarnings("unchecked")
    public SinkRecordConverter(Converter keyConverter, Converter valueConverter, HeaderConverter headerConverter,
                               TransformationChain<SinkRecord> chain,
                               RetryAndTolerance<ConsumerRecord<byte[], byte[]>> policy) {
        this.keyConverter = keyConverter;
        this.valueConverter = valueConverter;
        this.headerConverter = headerConverter;
        List<TransformationStage<SinkRecord>> list = chain.stages();
        this.stages = list.toArray(new TransformationStage[0]);
        this.policy = policy;
        this.convertKey = () -> keyConverter.toConnectData(current.topic(), current.headers(), current.key());
        this.convertValue = () -> valueConverter.toConnectData(current.topic(), current.headers(), current.value());
    }

    /**
     * @return the record for the task, or null when a transformation dropped it or a tolerated failure skipped it
     * @throws org.apache.kafka.connect.errors.ConnectException when a failure is not tolerated
     */
    public SinkRecord convert(ConsumerRecord<byte[], byte[]> record) {
        context.reset(record);
        current = record;
        try {
            SchemaAndValue key = policy.execute(context, Stage.KEY_CONVERTER, keyConverter.getClass(), convertKey);
            if (context.failed()) {
                return null;
            }
            SchemaAndValue value =
                    policy.execute(context, Stage.VALUE_CONVERTER, valueConverter.getClass(), convertValue);
            if (context.failed()) {
                return null;
            }
            ConnectHeaders headers =
                    policy.execute(context, Stage.HEADER_CONVERTER, headerConverter.getClass(), convertHeaders);
            if (context.failed()) {
                return null;
            }
            if (key == null) {
                key = SchemaAndValue.NULL;
            }
            if (value == null) {
                value = SchemaAndValue.NULL;
            }
            TimestampType timestampType = record.timestampType();
            Long timestamp = timestampType == TimestampType.NO_TIMESTAMP_TYPE ? null : record.timestamp();
            SinkRecord converted = new SinkRecord(record.topic(), record.partition(), key.schema(), key.value(),
                    value.schema(), value.value(), record.offset(), timestamp, timestampType, headers,
                    record.topic(), record.partition(), record.offset());
            return applyTransformations(converted);
        } finally {
            current = null;
            transforming = null;
            stage = null;
        }
    }

    private SinkRecord applyTransformations(SinkRecord record) {
        SinkRecord result = record;
        for (TransformationStage<SinkRecord> next : stages) {
            stage = next;
            transforming = result;
            result = policy.execute(context, Stage.TRANSFORMATION, next.transformation().getClass(), transform);
            if (result == null) {
                return null;
            }
        }
        return result;
    }

    private ConnectHeaders connectHeaders() {
        ConnectHeaders headers = new ConnectHeaders();
        String topic = current.topic();
        for (Header header : current.headers()) {
            String key = header.key();
            SchemaAndValue converted = headerConverter.toConnectHeader(topic, key, header.value());
            if (converted == null) {
                headers.addBytes(key, header.value());
            } else {
                headers.add(key, converted);
            }
        }
        return headers;
    }
}
