/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.source;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.TransactionContext;

/**
 * The {@link TransactionContext} of a task whose connector defines its own transaction boundaries
 * ({@code transaction.boundary=connector}). The task asks from any of its threads; the runner acts on the task
 * thread: after the named record is sent, or after the next batch. A request about a record wins over one about the
 * batch that holds it, as the API documents.
 */
final class TaskTransactionContext implements TransactionContext {

    /** What the task asked for. */
    enum Request { COMMIT, ABORT }

    private final Map<SourceRecord, Request> recordRequests = Collections.synchronizedMap(new IdentityHashMap<>());
    private volatile Request batchRequest;

    @Override
    public void commitTransaction() {
        batchRequest = Request.COMMIT;
    }

    @Override
    public void commitTransaction(SourceRecord record) {
        recordRequests.put(Objects.requireNonNull(record, "record"), Request.COMMIT);
    }

    @Override
    public void abortTransaction() {
        batchRequest = Request.ABORT;
    }

    @Override
    public void abortTransaction(SourceRecord record) {
        recordRequests.put(Objects.requireNonNull(record, "record"), Request.ABORT);
    }

    /** The request about {@code record}, taken (it applies once), or null. */
    Request takeFor(SourceRecord record) {
        return recordRequests.isEmpty() ? null : recordRequests.remove(record);
    }

    /** The request about the batch just sent, taken, or null. */
    Request takeForBatch() {
        Request request = batchRequest;
        batchRequest = null;
        return request;
    }
}
