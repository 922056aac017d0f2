/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds requests while the worker is still reading its stores, so that a REST server listening early never answers
 * from an empty picture (no connectors, no offsets). Only {@code GET /health} passes at once, answering 503
 * "starting" until the herder runs; {@code GET /} waits too, since scripts and tests poll it to learn that a worker
 * is up. A request still held when the REST request timeout runs out is answered 503.
 */
@PreMatching
final class StartupGate implements ContainerRequestFilter {

    private final CountDownLatch opened = new CountDownLatch(1);
    private final Duration timeout;

    StartupGate(Duration timeout) {
        this.timeout = timeout;
    }

    /** Lets every held and later request through. */
    void open() {
        opened.countDown();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (opened.getCount() == 0 || passesWhileStarting(request.getUriInfo().getPath())) {
            return;
        }
        try {
            if (opened.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new RestException(503, "The worker is still starting (reading its internal topics); try again shortly");
    }

    private static boolean passesWhileStarting(String path) {
        return (path.startsWith("/") ? path.substring(1) : path).equals("health");
    }
}
