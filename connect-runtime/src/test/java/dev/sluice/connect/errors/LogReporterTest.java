/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The expected lines were observed on Apache Kafka Connect 4.3.1's LogReporter. */
class LogReporterTest {

    private static final ConsumerRecord<byte[], byte[]> CONSUMED = new ConsumerRecord<>("orders", 2, 42L, 1234L,
            TimestampType.CREATE_TIME, 1, 1, "k".getBytes(), "v".getBytes(), new RecordHeaders(), Optional.empty());

    private final ErrorStats stats = new ErrorStats();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(LogReporter.class);

    @BeforeEach
    void captureLog() {
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(appender);
    }

    private static ErrorHandlingSettings settings(boolean logEnable, boolean includeMessages) {
        return ErrorHandlingSettings.from(Map.of(
                "errors.log.enable", String.valueOf(logEnable),
                "errors.log.include.messages", String.valueOf(includeMessages)));
    }

    private static <T> ErrorContext<T> failure(T original, Stage stage) {
        return new ErrorContext<>(original, stage, String.class, new DataException("bad json"), 1);
    }

    @Test
    void oneErrorLinePerFailureNamingTaskStageAndClass() {
        LogReporter<ConsumerRecord<byte[], byte[]>> reporter =
                LogReporter.forSink("my-conn", 3, settings(true, false), stats);
        ErrorContext<ConsumerRecord<byte[], byte[]>> context = failure(CONSUMED, Stage.VALUE_CONVERTER);

        assertTrue(reporter.report(context).isDone());

        assertEquals(1, appender.list.size());
        ILoggingEvent event = appender.list.get(0);
        assertEquals(Level.ERROR, event.getLevel());
        assertEquals("Error encountered in task my-conn-3. Executing stage 'VALUE_CONVERTER' with class "
                + "'java.lang.String'.", event.getFormattedMessage());
        assertSame(context.error(), ((ThrowableProxy) event.getThrowableProxy()).getThrowable());
        assertEquals(1, stats.errorsLogged());
    }

    @Test
    void includeMessagesDescribesTheConsumedRecordByCoordinatesOnly() {
        LogReporter<ConsumerRecord<byte[], byte[]>> reporter =
                LogReporter.forSink("my-conn", 3, settings(true, true), stats);

        assertEquals("Error encountered in task my-conn-3. Executing stage 'VALUE_CONVERTER' with class "
                        + "'java.lang.String', where consumed record is {topic='orders', partition=2, offset=42, "
                        + "timestamp=1234, timestampType=CreateTime}.",
                reporter.message(failure(CONSUMED, Stage.VALUE_CONVERTER)));
    }

    @Test
    void aConsumedRecordWithoutTimestampLeavesTheTimestampOut() {
        LogReporter<ConsumerRecord<byte[], byte[]>> reporter =
                LogReporter.forSink("my-conn", 3, settings(true, true), stats);
        ConsumerRecord<byte[], byte[]> untimed = new ConsumerRecord<>("orders", 0, 7L, null, null);

        assertEquals("Error encountered in task my-conn-3. Executing stage 'KEY_CONVERTER' with class "
                        + "'java.lang.String', where consumed record is {topic='orders', partition=0, offset=7}.",
                reporter.message(failure(untimed, Stage.KEY_CONVERTER)));
    }

    @Test
    void sourceRecordsAreDescribedByTheirToString() {
        LogReporter<SourceRecord> reporter = LogReporter.forSource("src-conn", 0, settings(true, true), stats);
        SourceRecord record = new SourceRecord(Map.of("f", "x"), Map.of("o", 1), "out", 0,
                Schema.STRING_SCHEMA, "k", Schema.STRING_SCHEMA, "v");

        assertEquals("Error encountered in task src-conn-0. Executing stage 'TRANSFORMATION' with class "
                        + "'java.lang.String', where source record is = " + record + ".",
                reporter.message(failure(record, Stage.TRANSFORMATION)));
    }

    @Test
    void nothingIsLoggedUnlessLoggingIsEnabled() {
        LogReporter<ConsumerRecord<byte[], byte[]>> reporter =
                LogReporter.forSink("my-conn", 3, settings(false, true), stats);

        assertTrue(reporter.report(failure(CONSUMED, Stage.VALUE_CONVERTER)).isDone());

        assertTrue(appender.list.isEmpty());
        assertEquals(0, stats.errorsLogged());
    }
}
