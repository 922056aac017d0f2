/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.sink;

import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to a record that cannot be written (no key, a value that does not fit its column): with an errant
 * record reporter (errors.tolerance=all, usually with a dead letter queue) it is reported and the others are
 * written; without one the task fails on it, since silently dropping data is never the default.
 */
final class ErrantRecords {

    private static final Logger log = LoggerFactory.getLogger(ErrantRecords.class);

    private final ErrantRecordReporter reporter;

    /** @param reporter null when the worker offers none */
    ErrantRecords(ErrantRecordReporter reporter) {
        this.reporter = reporter;
    }

    /**
     * Reports {@code record}, or throws {@code error} when there is no reporter. The report is not awaited: the
     * worker completes outstanding reports before it commits the record's offset.
     */
    void report(SinkRecord record, DataException error) {
        if (reporter == null) {
            throw error;
        }
        log.warn("Reporting the record at {} as errant: {}", PendingWrite.describe(record), error.getMessage());
        reporter.report(record, error);
    }
}
