/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.source;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a source task what was committed ({@code commitRecord} per record, {@code commit} per offset commit). A
 * task that throws from these is logged and goes on: Kafka already has the records.
 */
final class TaskCommitNotices {

    private static final Logger log = LoggerFactory.getLogger(TaskCommitNotices.class);

    private final SourceTask task;
    private final String taskName;

    TaskCommitNotices(SourceTask task, String taskName) {
        this.task = task;
        this.taskName = taskName;
    }

    /** {@code metadata} is null when the record was not written (dropped, skipped or aborted). */
    void recordCommitted(SourceRecord record, RecordMetadata metadata) {
        try {
            task.commitRecord(record, metadata);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            log.error("{} Exception thrown while calling task.commitRecord()", taskName, t);
        }
    }

    void offsetsCommitted() {
        try {
            task.commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            log.error("{} Exception thrown while calling task.commit()", taskName, t);
        }
    }
}
