/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.entities;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.sluice.connect.worker.preview.PreviewFailure;
import dev.sluice.connect.worker.preview.PreviewedData;
import dev.sluice.connect.worker.preview.PreviewedRecord;
import dev.sluice.connect.worker.preview.RecordPreview;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The body of a record preview (a Sluice endpoint; Apache Kafka Connect has none): the records as they would be
 * written (source) or delivered (sink), each marked {@code converted}, {@code dropped} or {@code failed}, and the
 * plugin's own failure, if any. Absent values are left out rather than written as null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "type", "records", "failure"})
public record RecordPreviewInfo(@JsonProperty("name") String name,
                                @JsonProperty("type") ConnectorType type,
                                @JsonProperty("records") List<Record> records,
                                @JsonProperty("failure") Failure failure) {

    public static RecordPreviewInfo of(RecordPreview preview) {
        return new RecordPreviewInfo(preview.connector(), ConnectorType.valueOf(preview.type().name()),
                preview.records().stream().map(Record::of).toList(), Failure.of(preview.failure()));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"outcome", "topic", "partition", "offset", "timestamp", "key", "value", "headers",
            "source_partition", "source_offset", "failure"})
    public record Record(@JsonProperty("outcome") String outcome,
                         @JsonProperty("topic") String topic,
                         @JsonProperty("partition") Integer partition,
                         @JsonProperty("offset") Long offset,
                         @JsonProperty("timestamp") Long timestamp,
                         @JsonProperty("key") Data key,
                         @JsonProperty("value") Data value,
                         @JsonProperty("headers") List<Header> headers,
                         @JsonProperty("source_partition") Map<String, ?> sourcePartition,
                         @JsonProperty("source_offset") Map<String, ?> sourceOffset,
                         @JsonProperty("failure") Failure failure) {

        static Record of(PreviewedRecord record) {
            return new Record(record.outcome().name().toLowerCase(Locale.ROOT), record.topic(), record.partition(),
                    record.offset(), record.timestamp(), Data.of(record.key()), Data.of(record.value()),
                    record.headers().stream().map(h -> new Header(h.key(), Data.of(h.value()))).toList(),
                    record.sourcePartition(), record.sourceOffset(), Failure.of(record.failure()));
        }
    }

    /** Bytes as {@code utf8} text or {@code base64}; Connect data as its {@code schema} and {@code data}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"utf8", "base64", "schema", "data"})
    public record Data(@JsonProperty("utf8") String utf8,
                       @JsonProperty("base64") String base64,
                       @JsonProperty("schema") String schema,
                       @JsonProperty("data") Object data) {

        static Data of(PreviewedData data) {
            if (data == null) {
                return null;
            }
            return new Data(data.utf8(), data.base64(), data.schema(), data.data());
        }
    }

    @JsonPropertyOrder({"key", "value"})
    public record Header(@JsonProperty("key") String key, @JsonProperty("value") Data value) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"stage", "class", "message", "trace"})
    public record Failure(@JsonProperty("stage") String stage,
                          @JsonProperty("class") String executingClass,
                          @JsonProperty("message") String message,
                          @JsonProperty("trace") String trace) {

        static Failure of(PreviewFailure failure) {
            return failure == null ? null
                    : new Failure(failure.stage(), failure.executingClass(), failure.message(), failure.trace());
        }
    }
}
