/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * What stands between a hostile or careless request and the resources: the body size limit, a readable Accept
 * header, strict JSON syntax, strict boolean and integer parameters, and a connection that stays usable after a
 * refusal. One registration in the Jersey application turns all of them on; {@link UnreadableContentType} guards
 * the one header Jersey reads before any of them.
 */
public final class RequestGuards implements Feature {

    private final int bodyMaxBytes;

    /** Guards refusing request bodies over {@code bodyMaxBytes} ({@code rest.request.body.max.bytes}). */
    public RequestGuards(int bodyMaxBytes) {
        this.bodyMaxBytes = bodyMaxBytes;
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.register(new RequestBodyLimit(bodyMaxBytes));
        context.register(new UnreadableAccept());
        context.register(new StrictJsonSyntax());
        context.register(new StrictParamConverters());
        context.register(new UnreadBodyDrain(bodyMaxBytes));
        return true;
    }
}
