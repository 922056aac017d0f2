/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.errors;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one ERROR line per failure when {@code errors.log.enable=true}, worded like Apache Kafka Connect's so
 * existing log alerts keep matching. The record is described only with {@code errors.log.include.messages=true}:
 * a consumed record by its coordinates (never its bytes), a source record by its {@code toString()}.
 *
 * @param <T> the original record type
 */
public final class LogReporter<T> implements ErrorReporter<T> {

    private static final Logger log = LoggerFactory.getLogger(LogReporter.class);
    private static final Future<Void> DONE = CompletableFuture.completedFuture(null);

    private final String taskId;
    private final ErrorHandlingSettings settings;
    private final ErrorStats stats;
    private final BiConsumer<StringBuilder, T> recordDescriber;

    private LogReporter(String connectorName, int taskNumber, ErrorHandlingSettings settings, ErrorStats stats,
                        BiConsumer<StringBuilder, T> recordDescriber) {
        this.taskId = connectorName + "-" + taskNumber;
        this.settings = settings;
        this.stats = stats;
        this.recordDescriber = recordDescriber;
    }

    /** A reporter for sink tasks, whose original records are the consumed ones. */
    public static LogReporter<ConsumerRecord<byte[], byte[]>> forSink(
            String connectorName, int taskNumber, ErrorHandlingSettings settings, ErrorStats stats) {
        return new LogReporter<>(connectorName, taskNumber, settings, stats, LogReporter::describeConsumed);
    }

    /** A reporter for source tasks, whose original records are the polled ones. */
    public static LogReporter<SourceRecord> forSource(
            String connectorName, int taskNumber, ErrorHandlingSettings settings, ErrorStats stats) {
        return new LogReporter<>(connectorName, taskNumber, settings, stats,
                (builder, record) -> builder.append(", where source record is = ").append(record));
    }

    @Override
    public Future<?> report(ErrorContext<T> context) {
        if (!settings.logEnable() || context.error() == null) {
            return DONE;
        }
        log.error(message(context), context.error());
        stats.recordErrorLogged();
        return DONE;
    }

    /** The log line, without the stack trace that follows it. */
    String message(ErrorContext<T> context) {
        StringBuilder builder = new StringBuilder(160)
                .append("Error encountered in task ").append(taskId)
                .append(". Executing stage '").append(context.stage())
                .append("' with class '").append(context.executingClass() == null ? "null" : context.executingClass().getName())
                .append('\'');
        if (settings.logIncludeMessages() && context.original() != null) {
            recordDescriber.accept(builder, context.original());
        }
        return builder.append('.').toString();
    }

    private static void describeConsumed(StringBuilder builder, ConsumerRecord<byte[], byte[]> record) {
        builder.append(", where consumed record is {topic='").append(record.topic())
                .append("', partition=").append(record.partition())
                .append(", offset=").append(record.offset());
        if (record.timestampType() != TimestampType.NO_TIMESTAMP_TYPE) {
            builder.append(", timestamp=").append(record.timestamp())
                    .append(", timestampType=").append(record.timestampType());
        }
        builder.append('}');
    }
}
