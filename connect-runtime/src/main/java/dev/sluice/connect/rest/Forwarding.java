/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.connect.herder.NotLeaderException;
import dev.sluice.connect.herder.NotOwnerException;
import dev.sluice.connect.herder.RebalanceNeededException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.StringJoiner;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a write request here or, when the herder says another worker must serve it (the leader, or the worker
 * running the connector), proxies it there and relays the answer — the rules every forwardable endpoint shares.
 *
 * <p>The {@code forward} query parameter bounds the hops, as Apache's workers expect: a request without it is
 * sent on with {@code forward=true}; one that arrives with {@code forward=true} at the wrong worker is sent on once
 * more with {@code forward=false} (the target moved during a rebalance); {@code forward=false} at the wrong worker
 * ends in a 409.
 */
public final class Forwarding {

    /** Apache's 409 message for a request that arrived with {@code forward=false} at the wrong worker. */
    public static final String CONFLICT = "Cannot complete request because of a conflicting operation"
            + " (e.g. worker rebalance)";
    private static final String FORWARD = "forward";
    private static final Logger log = LoggerFactory.getLogger(Forwarding.class);

    private final RequestForwarder forwarder;
    private final ObjectMapper json;

    /** Forwards through {@code forwarder}, serializing parsed bodies with {@code json}. */
    public Forwarding(RequestForwarder forwarder, ObjectMapper json) {
        this.forwarder = forwarder;
        this.json = json;
    }

    /**
     * The answer of {@code local}, which calls the herder; if the herder names another worker that must serve
     * {@code request}, that worker's answer instead.
     */
    public Response serve(ForwardableRequest request, Supplier<Response> local) {
        try {
            return local.get();
        } catch (NotLeaderException e) {
            return forward(request, e.leaderUrl());
        } catch (NotOwnerException e) {
            return forward(request, e.ownerUrl());
        }
    }

    private Response forward(ForwardableRequest request, String workerUrl) {
        if (workerUrl == null) {
            throw new RebalanceNeededException(RebalanceNeededException.NO_LEADER);
        }
        if (Boolean.FALSE.equals(request.forward())) {
            throw new RebalanceNeededException(CONFLICT);
        }
        URI target = target(workerUrl, request.requestUri(), request.forward() == null);
        log.debug("Forwarding {} {} to {}", request.method(), request.requestUri(), target);
        RequestForwarder.Answer answer = forwarder.send(new RequestForwarder.Outgoing(request.method(), target,
                bodyBytes(request.body()), request.headers()));
        return relay(answer, request.baseUri());
    }

    /** The same path on {@code workerUrl}, {@code forward} first and the client's other parameters after it. */
    static URI target(String workerUrl, URI requestUri, boolean forwardAgain) {
        String base = workerUrl.endsWith("/") ? workerUrl : workerUrl + "/";
        StringJoiner query = new StringJoiner("&", "?", "");
        query.add(FORWARD + "=" + forwardAgain);
        String rawQuery = requestUri.getRawQuery();
        if (rawQuery != null) {
            for (String parameter : rawQuery.split("&")) {
                String name = parameter.split("=", 2)[0];
                if (!parameter.isEmpty() && !name.equals(FORWARD)) {
                    query.add(parameter);
                }
            }
        }
        return URI.create(base + requestUri.getRawPath().substring(1) + query);
    }

    private byte[] bodyBytes(Object body) {
        if (body == null || body instanceof byte[]) {
            return (byte[]) body;
        }
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A parsed request body could not be written back as JSON", e);
        }
    }

    /** Status and body as the other worker answered; Location pointing at this worker, as the client asked it. */
    private static Response relay(RequestForwarder.Answer answer, URI baseUri) {
        Response.ResponseBuilder response = Response.status(answer.status());
        if (answer.body().length > 0) {
            response.entity(answer.body()).type(answer.contentType());
        }
        if (answer.location() != null) {
            response.location(onThisWorker(URI.create(answer.location()), baseUri));
        }
        return response.build();
    }

    private static URI onThisWorker(URI location, URI baseUri) {
        String base = baseUri.toString();
        String path = location.getRawPath() == null ? "" : location.getRawPath();
        String query = location.getRawQuery() == null ? "" : "?" + location.getRawQuery();
        return URI.create((base.endsWith("/") ? base : base + "/") + (path.startsWith("/") ? path.substring(1) : path)
                + query);
    }
}
