/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Reads what is left of a request body before the answer goes out, when the body declared its length and nothing
 * read it (a 415, a 405, a 404). Otherwise the HTTP server closes the connection right after answering, and a
 * client that has already put the connection back in its pool (the JDK's does) fails its next request with no
 * answer at all. Bodies over the limit and chunked bodies are left alone: {@link RequestBodyLimit} refuses those.
 */
final class UnreadBodyDrain implements ContainerResponseFilter {

    private final int maxBytes;

    UnreadBodyDrain(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !length.trim().matches("[0-9]{1,10}") || Long.parseLong(length.trim()) > maxBytes) {
            return;
        }
        try {
            request.getEntityStream().transferTo(OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            // Nothing to save: the server closes the connection after answering, as it would have anyway.
        }
    }
}
