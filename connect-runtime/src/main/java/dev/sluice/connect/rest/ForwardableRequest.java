/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A write request as this worker received it, with what it takes to send it on to the worker that must serve it.
 *
 * @param method     HTTP method
 * @param requestUri the absolute URL the client used, query included
 * @param baseUri    this worker's base URL as the client addressed it (for rewriting {@code Location})
 * @param forward    the {@code forward} query parameter: null when absent
 * @param body       what to send: null for nothing, {@code byte[]} as is, anything else as compact JSON
 * @param headers    extra headers to send on (the signature of an internal request)
 */
public record ForwardableRequest(String method, URI requestUri, URI baseUri, Boolean forward, Object body,
                                 Map<String, String> headers) {

    public ForwardableRequest {
        headers = Map.copyOf(headers);
    }

    /** A bodiless request as Jersey describes it. */
    public static ForwardableRequest of(String method, UriInfo uriInfo, Boolean forward) {
        return new ForwardableRequest(method, uriInfo.getRequestUri(), uriInfo.getBaseUri(), forward, null, Map.of());
    }

    /** The same request carrying {@code newBody}: the parsed entity, re-serialized if forwarded, or raw bytes. */
    public ForwardableRequest withBody(Object newBody) {
        return new ForwardableRequest(method, requestUri, baseUri, forward, newBody, headers);
    }

    /** The same request with one more header to send on; a null value adds nothing. */
    public ForwardableRequest withHeader(String name, String value) {
        if (value == null) {
            return this;
        }
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ForwardableRequest(method, requestUri, baseUri, forward, body, more);
    }
}
