/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import dev.sluice.connect.config.ResponseHeaderRulesValidator;
import dev.sluice.connect.rest.ssl.RestSslConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;

/**
 * The worker settings the REST server needs, decoupled from the worker config class so the server can be started
 * on its own (tests, tools).
 *
 * @param listeners          URLs to listen on, e.g. {@code http://:8083}
 * @param advertisedHostName host other workers should use, or null for the listener's (or this machine's) name
 * @param advertisedPort     port other workers should use, or null for the bound port
 * @param advertisedListener protocol of the listener to advertise, or null for the first listener
 * @param allowOrigin        {@code access.control.allow.origin}; empty disables CORS
 * @param allowMethods       {@code access.control.allow.methods}; empty means GET, POST, HEAD
 * @param requestTimeout     how long a REST thread waits for the herder (Apache: 90 s)
 * @param healthCheckTimeout how long /health waits for the herder before answering unhealthy
 * @param ssl                TLS settings of HTTPS listeners and of HTTPS requests to other workers
 * @param requestBodyMaxBytes {@code rest.request.body.max.bytes}: larger request bodies are refused with 413
 * @param responseHeaders    {@code response.http.headers.config}: one {@code [action] [name]:[value]} rule each
 * @param admin              where the {@code /admin} endpoints answer ({@code admin.listeners})
 */
public record RestServerConfig(List<String> listeners, String advertisedHostName, Integer advertisedPort,
                               String advertisedListener, String allowOrigin, String allowMethods,
                               Duration requestTimeout, Duration healthCheckTimeout, RestSslConfig ssl,
                               int requestBodyMaxBytes, List<String> responseHeaders, AdminEndpoints admin) {

    /** Apache's default wait for a herder request. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(90);
    /** How long /health waits for the herder thread. */
    public static final Duration DEFAULT_HEALTH_CHECK_TIMEOUT = Duration.ofSeconds(10);
    /** The default of {@code rest.request.body.max.bytes}: 16 MiB. */
    public static final int DEFAULT_REQUEST_BODY_MAX_BYTES = 16 * 1024 * 1024;

    public RestServerConfig {
        listeners = List.copyOf(listeners);
        allowOrigin = allowOrigin == null ? "" : allowOrigin.trim();
        allowMethods = allowMethods == null ? "" : allowMethods.trim();
        ssl = ssl == null ? RestSslConfig.defaults() : ssl;
        responseHeaders = responseHeaders == null ? List.of() : List.copyOf(responseHeaders);
        admin = admin == null ? AdminEndpoints.onWorkerListeners() : admin;
    }

    /** A server on the given listeners with everything else at its default. */
    public static RestServerConfig forListeners(String... listeners) {
        return new RestServerConfig(List.of(listeners), null, null, null, "", "", DEFAULT_REQUEST_TIMEOUT,
                DEFAULT_HEALTH_CHECK_TIMEOUT, null, DEFAULT_REQUEST_BODY_MAX_BYTES, List.of(), null);
    }

    /** The REST settings of a parsed worker config, SSL included ({@link RestSslConfig#fromWorkerSettings}). */
    public static RestServerConfig fromWorkerConfig(AbstractConfig workerConfig) {
        RestServerConfig config = fromWorkerValues(workerConfig.values())
                .withSsl(RestSslConfig.fromWorkerSettings(workerConfig.originals()));
        return config.withAdmin(new AdminEndpoints(config.admin().listeners(), RestSslConfig.fromWorkerSettings(
                workerConfig.originals(), RestSslConfig.ADMIN_LISTENER_PREFIX)));
    }

    private static List<String> adminListeners(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : null;
    }

    /**
     * Reads the REST keys from parsed worker config values ({@code AbstractConfig.values()}).
     */
    public static RestServerConfig fromWorkerValues(Map<String, ?> values) {
        Object listeners = values.get("listeners");
        List<String> urls = listeners instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : List.of("http://:8083");
        Object port = values.get("rest.advertised.port");
        Object bodyMax = values.get("rest.request.body.max.bytes");
        return new RestServerConfig(urls, (String) values.get("rest.advertised.host.name"),
                port == null ? null : ((Number) port).intValue(), (String) values.get("rest.advertised.listener"),
                (String) values.get("access.control.allow.origin"),
                (String) values.get("access.control.allow.methods"), DEFAULT_REQUEST_TIMEOUT,
                DEFAULT_HEALTH_CHECK_TIMEOUT, null,
                bodyMax == null ? DEFAULT_REQUEST_BODY_MAX_BYTES : ((Number) bodyMax).intValue(),
                ResponseHeaderRulesValidator.split((String) values.get("response.http.headers.config")),
                new AdminEndpoints(adminListeners(values.get("admin.listeners")), null));
    }

    /** The same settings with another herder request timeout. */
    public RestServerConfig withRequestTimeout(Duration timeout) {
        return new RestServerConfig(listeners, advertisedHostName, advertisedPort, advertisedListener, allowOrigin,
                allowMethods, timeout, healthCheckTimeout, ssl, requestBodyMaxBytes, responseHeaders, admin);
    }

    /** The same settings with another health check timeout. */
    public RestServerConfig withHealthCheckTimeout(Duration timeout) {
        return new RestServerConfig(listeners, advertisedHostName, advertisedPort, advertisedListener, allowOrigin,
                allowMethods, requestTimeout, timeout, ssl, requestBodyMaxBytes, responseHeaders, admin);
    }

    /** The same settings with CORS enabled for {@code origin} and {@code methods}. */
    public RestServerConfig withCors(String origin, String methods) {
        return new RestServerConfig(listeners, advertisedHostName, advertisedPort, advertisedListener, origin,
                methods, requestTimeout, healthCheckTimeout, ssl, requestBodyMaxBytes, responseHeaders, admin);
    }

    /** The same settings advertising another host name and port. */
    public RestServerConfig withAdvertised(String hostName, Integer port) {
        return new RestServerConfig(listeners, hostName, port, advertisedListener, allowOrigin, allowMethods,
                requestTimeout, healthCheckTimeout, ssl, requestBodyMaxBytes, responseHeaders, admin);
    }

    /** The same settings advertising the listener of another protocol ({@code rest.advertised.listener}). */
    public RestServerConfig withAdvertisedListener(String protocol) {
        return new RestServerConfig(listeners, advertisedHostName, advertisedPort, protocol, allowOrigin, allowMethods,
                requestTimeout, healthCheckTimeout, ssl, requestBodyMaxBytes, responseHeaders, admin);
    }

    /** The same settings with other TLS settings. */
    public RestServerConfig withSsl(RestSslConfig settings) {
        return new RestServerConfig(listeners, advertisedHostName, advertisedPort, advertisedListener, allowOrigin,
                allowMethods, requestTimeout, healthCheckTimeout, settings, requestBodyMaxBytes, responseHeaders, admin);
    }

    /** The same settings with these {@code response.http.headers.config} rules. */
    public RestServerConfig withResponseHeaders(List<String> rules) {
        return new RestServerConfig(listeners, advertisedHostName, advertisedPort, advertisedListener, allowOrigin,
                allowMethods, requestTimeout, healthCheckTimeout, ssl, requestBodyMaxBytes, rules, admin);
    }

    /** The same settings with the {@code /admin} endpoints answering where {@code admin} says. */
    public RestServerConfig withAdmin(AdminEndpoints admin) {
        return new RestServerConfig(listeners, advertisedHostName, advertisedPort, advertisedListener, allowOrigin,
                allowMethods, requestTimeout, healthCheckTimeout, ssl, requestBodyMaxBytes, responseHeaders, admin);
    }

    /** The same settings with another request body limit. */
    public RestServerConfig withRequestBodyMaxBytes(int maxBytes) {
        return new RestServerConfig(listeners, advertisedHostName, advertisedPort, advertisedListener, allowOrigin,
                allowMethods, requestTimeout, healthCheckTimeout, ssl, maxBytes, responseHeaders, admin);
    }
}
