/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The offset store one user (a source task, a connector, an offsets REST call) works with, until it closes the
 * lease. Closing tells {@link SourceOffsetStores} the store may be stopped once nobody else uses it; the store
 * itself is never stopped by its user.
 */
public final class OffsetStoreLease implements AutoCloseable {

    private final SourceOffsetStore store;
    private final Runnable release;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param store   the store to use
     * @param release run once, on the first {@link #close()}
     */
    public OffsetStoreLease(SourceOffsetStore store, Runnable release) {
        this.store = store;
        this.release = release;
    }

    /** A lease on a store its owner keeps running regardless (the worker's own store). */
    public static OffsetStoreLease ofShared(SourceOffsetStore store) {
        return new OffsetStoreLease(store, () -> { });
    }

    public SourceOffsetStore store() {
        return store;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            release.run();
        }
    }
}
