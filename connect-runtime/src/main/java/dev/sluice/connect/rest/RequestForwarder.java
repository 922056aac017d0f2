/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import dev.sluice.connect.rest.ssl.RestSslConfig;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Sends one HTTP request to another worker of the cluster and hands back what it answered, status and body
 * untouched. The only class of the REST layer that talks HTTP to other workers.
 */
public final class RequestForwarder {

    /** Apache sends {@code kafka-connect}; ours names this runtime so a peer's access log tells them apart. */
    public static final String USER_AGENT = "sluice";
    /** Prefix of the 500 message when the other worker cannot be reached; Apache's text. */
    public static final String IO_ERROR = "IO Error trying to forward REST request: ";

    private final PeerHttpClient client;
    private final Duration timeout;

    /** Forwards with {@code timeout} for connecting and for the whole exchange; HTTPS with the SSL defaults. */
    public RequestForwarder(Duration timeout) {
        this(timeout, RestSslConfig.defaults());
    }

    /**
     * Forwards with {@code timeout} for connecting and for the whole exchange (the REST request timeout), to HTTPS
     * workers with the worker's REST SSL settings {@code ssl}.
     */
    public RequestForwarder(Duration timeout, RestSslConfig ssl) {
        this.timeout = timeout;
        this.client = new PeerHttpClient(timeout, ssl);
    }

    /**
     * What another worker should receive.
     *
     * @param method  HTTP method
     * @param target  absolute URL including the query
     * @param body    exact body bytes, or null for a request without a body
     * @param headers extra headers (signatures), in addition to Accept and, with a body, Content-Type
     */
    public record Outgoing(String method, URI target, byte[] body, Map<String, String> headers) {
        public Outgoing {
            headers = Map.copyOf(headers);
        }
    }

    /**
     * What the other worker answered.
     *
     * @param contentType its Content-Type, or null
     * @param location    its Location, or null
     */
    public record Answer(int status, String contentType, String location, byte[] body) {
    }

    /**
     * Sends {@code request} and waits for the answer.
     *
     * @throws RestException 500 {@code IO Error trying to forward REST request: …} when the worker cannot be
     *                       reached or does not answer in time
     */
    public Answer send(Outgoing request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.target())
                .timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/json");
        if (request.body() != null) {
            builder.header("Content-Type", "application/json");
        }
        request.headers().forEach(builder::header);
        HttpRequest.BodyPublisher body = request.body() == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(request.body());
        try {
            HttpResponse<byte[]> response = client.send(builder.method(request.method(), body).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new RestException(500, IO_ERROR + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RestException(500, IO_ERROR + e, e);
        }
    }

    /**
     * The failure as {@code Throwable.toString()} shows it. The JDK client reports a refused connection as a
     * ConnectException without a message (the socket's own reason is lost on the way); name it the way a blocking
     * socket would, which is also the text Apache's workers answer with.
     */
    static String describe(IOException e) {
        if (e instanceof ConnectException && e.getMessage() == null) {
            return ConnectException.class.getName() + ": Connection refused";
        }
        return e.toString();
    }
}
