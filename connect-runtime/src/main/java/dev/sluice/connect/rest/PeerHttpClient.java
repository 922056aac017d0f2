/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import dev.sluice.connect.rest.ssl.RestSslConfig;
import dev.sluice.connect.rest.ssl.RestSslContexts;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.net.ssl.SSLParameters;
import org.apache.kafka.common.config.ConfigException;

/**
 * The HTTP client a worker reaches other workers with, over {@code http} or {@code https} as their advertised URL
 * says. HTTPS requests use the worker's REST SSL settings as a client, as Apache's worker does: its truststore to
 * check the other worker, its keystore for listeners that require client certificates. The TLS client is built on
 * the first HTTPS request, so a worker whose cluster speaks plain HTTP never reads those settings for this. The
 * plain client too is built on first use: a JDK HTTP client loads the TLS stack and starts a selector thread, a cost
 * a worker's start should not pay for requests it may never send.
 */
public final class PeerHttpClient {

    private final Duration connectTimeout;
    private final RestSslConfig ssl;
    private HttpClient plain;
    private HttpClient tls;

    /** Connects within {@code connectTimeout}; HTTPS with {@code ssl}. */
    public PeerHttpClient(Duration connectTimeout, RestSslConfig ssl) {
        this.connectTimeout = connectTimeout;
        this.ssl = ssl;
    }

    private HttpClient.Builder builder() {
        // Never follow redirects: callers relay or judge whatever the other worker answered.
        return HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER);
    }

    /**
     * Sends {@code request} with the client its URL's scheme needs.
     *
     * @throws IOException also when the REST SSL settings are unusable for an HTTPS request (the message names the
     *                     key)
     */
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        HttpClient client = "https".equalsIgnoreCase(request.uri().getScheme()) ? tls() : plain();
        return client.send(request, body);
    }

    private synchronized HttpClient plain() {
        if (plain == null) {
            plain = builder().build();
        }
        return plain;
    }

    private synchronized HttpClient tls() throws IOException {
        if (tls == null) {
            try {
                SSLParameters parameters = new SSLParameters();
                if (!ssl.enabledProtocols().isEmpty()) {
                    parameters.setProtocols(ssl.enabledProtocols().toArray(String[]::new));
                }
                if (!ssl.cipherSuites().isEmpty()) {
                    parameters.setCipherSuites(ssl.cipherSuites().toArray(String[]::new));
                }
                tls = builder().sslContext(RestSslContexts.forClient(ssl)).sslParameters(parameters).build();
            } catch (ConfigException e) {
                throw new IOException("The REST SSL settings cannot be used to reach other workers: "
                        + e.getMessage(), e);
            }
        }
        return tls;
    }
}
