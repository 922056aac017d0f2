/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.connect.config.DistributedConfig;
import dev.sluice.connect.domain.SessionKey;
import dev.sluice.connect.herder.InternalRequests;
import dev.sluice.connect.herder.RequestSignature;
import dev.sluice.connect.herder.RequestSigning;
import dev.sluice.connect.rest.PeerHttpClient;
import dev.sluice.connect.rest.ssl.RestSslConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Requests between the workers of a distributed cluster over their REST APIs: a follower posts the task configs its
 * connectors generate to the leader's {@code POST /connectors/N/tasks}, signed as KIP-507 has it, and the leader
 * verifies what it receives.
 *
 * <p>Signing is only part of the {@code sessioned} protocol. With {@code connect.protocol=compatible} or
 * {@code eager} there is no session key: requests go out unsigned and every request is accepted.
 */
public final class HttpInternalRequests implements InternalRequests {

    /** Sent as User-Agent (Apache's workers send {@code kafka-connect}). */
    public static final String USER_AGENT = "sluice";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RequestSigning signing;
    private final boolean signingRequired;
    private final Duration timeout;
    private final PeerHttpClient client;

    /**
     * A client reaching HTTPS leaders with the SSL defaults (the JDK's trusted certificates).
     *
     * @param signing         signs with {@code inter.worker.signature.algorithm}, verifies against
     *                        {@code inter.worker.verification.algorithms}
     * @param signingRequired whether the cluster's protocol is {@code sessioned}
     * @param timeout         for connecting to the leader and for its answer
     */
    public HttpInternalRequests(RequestSigning signing, boolean signingRequired, Duration timeout) {
        this(signing, signingRequired, timeout, RestSslConfig.defaults());
    }

    /** The same, reaching HTTPS leaders with the worker's REST SSL settings {@code ssl}. */
    public HttpInternalRequests(RequestSigning signing, boolean signingRequired, Duration timeout,
                                RestSslConfig ssl) {
        this.signing = signing;
        this.signingRequired = signingRequired;
        this.timeout = timeout;
        this.client = new PeerHttpClient(timeout, ssl);
    }

    /**
     * The worker's own settings: its algorithms, signing when its protocol is {@code sessioned}, and its REST SSL
     * settings for a leader that listens on HTTPS.
     */
    public static HttpInternalRequests forWorker(DistributedConfig config, Duration timeout) {
        RequestSigning signing = new RequestSigning(
                config.getString(DistributedConfig.INTER_WORKER_SIGNATURE_ALGORITHM_CONFIG),
                config.getList(DistributedConfig.INTER_WORKER_VERIFICATION_ALGORITHMS_CONFIG));
        return new HttpInternalRequests(signing, "sessioned".equals(config.connectProtocol()), timeout,
                RestSslConfig.fromWorkerSettings(config.originals()));
    }

    @Override
    public void verify(SessionKey key, RequestSignature signature) {
        if (signingRequired) {
            signing.verify(key, signature);
        }
    }

    @Override
    public void sendTaskConfigs(String leaderUrl, String connector, List<Map<String, String>> configs,
                                SessionKey key) {
        HttpResponse<String> response = send("POST", connectorUri(leaderUrl, connector, "tasks"), json(configs), key,
                "the task configs of connector " + connector, leaderUrl);
        if (response.statusCode() / 100 != 2) {
            throw new ConnectException("The leader at " + leaderUrl + " refused the task configs of connector "
                    + connector + " (" + response.statusCode() + "): " + errorMessage(response.body()));
        }
    }

    @Override
    public void requestFencing(String leaderUrl, String connector, SessionKey key) {
        HttpResponse<String> response = send("PUT", connectorUri(leaderUrl, connector, "fence"), new byte[0], key,
                "a zombie fencing request for connector " + connector, leaderUrl);
        if (response.statusCode() / 100 != 2) {
            throw new ConnectException("The leader at " + leaderUrl + " refused to fence out zombies of connector "
                    + connector + " (" + response.statusCode() + "): " + errorMessage(response.body()));
        }
    }

    /** Sends {@code body} to the leader, signed when the protocol asks for it. */
    private HttpResponse<String> send(String method, URI uri, byte[] body, SessionKey key, String what,
                                      String leaderUrl) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (signingRequired) {
            if (key == null) {
                throw new ConnectException("Cannot send " + what + " to the leader: no session key has been"
                        + " distributed yet");
            }
            RequestSignature signature = signing.sign(key, body);
            request.header(RequestSignature.SIGNATURE_HEADER, signature.signature())
                    .header(RequestSignature.ALGORITHM_HEADER, signature.algorithm());
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ConnectException("Could not send " + what + " to the leader at " + leaderUrl + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while sending " + what + " to the leader", e);
        }
    }

    /** {@code <leaderUrl>connectors/<name>/<action>}, the name encoded as one path segment. */
    static URI connectorUri(String leaderUrl, String connector, String action) {
        String base = leaderUrl.endsWith("/") ? leaderUrl : leaderUrl + "/";
        String segment = URLEncoder.encode(connector, StandardCharsets.UTF_8).replace("+", "%20");
        return URI.create(base + "connectors/" + segment + "/" + action);
    }

    /** Compact JSON, like Apache's: the MAC covers exactly these bytes. */
    private static byte[] json(List<Map<String, String>> configs) {
        try {
            return JSON.writeValueAsBytes(configs);
        } catch (IOException e) {
            throw new ConnectException("Task configs could not be written as JSON", e);
        }
    }

    /** The {@code message} of an error body, or the body itself when it is not one. */
    private static String errorMessage(String body) {
        try {
            JsonNode message = JSON.readTree(body).get("message");
            return message != null && message.isTextual() ? message.asText() : body;
        } catch (IOException | RuntimeException notJson) {
            return body;
        }
    }
}
