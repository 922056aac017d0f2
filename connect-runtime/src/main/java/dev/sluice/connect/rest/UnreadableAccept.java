/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * An Accept header that is no list of media types ({@code Accept: ;;}) is answered like one asking for something
 * this API does not send: 406 with {@link ErrorMapper}'s message. Jersey, left alone, answers it with a bare 400
 * without a body. (An unreadable Content-Type is refused before Jersey, by {@link UnreadableContentType}.)
 */
@PreMatching
final class UnreadableAccept implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        try {
            // Parsed here as Jersey parses it, so exactly what Jersey could not read is refused.
            request.getAcceptableMediaTypes();
        } catch (RuntimeException unreadable) {
            throw new NotAcceptableException(unreadable);
        }
    }
}
