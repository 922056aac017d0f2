/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.ssl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.config.types.Password;

/**
 * The TLS settings of the worker's HTTPS listeners and of its HTTPS requests to other workers, chosen the way
 * Apache's worker chooses them: when any key starts with {@code listeners.https.}, only such keys count (the prefix
 * removed) and the top-level {@code ssl.*} keys are ignored entirely; otherwise the top-level {@code ssl.*} keys,
 * which the worker also hands to its Kafka clients, apply. Keys left unset take Kafka's SSL defaults.
 */
public final class RestSslConfig extends AbstractConfig {

    /** The prefix of settings that apply to the REST API only. */
    public static final String LISTENER_PREFIX = "listeners.https.";
    /** The prefix of settings that apply to the {@code admin.listeners} only. */
    public static final String ADMIN_LISTENER_PREFIX = "admin.listeners.https.";
    /** Whether HTTPS listeners ask for client certificates: none, requested or required. */
    public static final String CLIENT_AUTH_CONFIG = "ssl.client.auth";

    private static final ConfigDef DEFINITION = definition();

    private final String keyPrefix;

    private RestSslConfig(Map<String, ?> settings, String keyPrefix) {
        super(DEFINITION, settings, false);
        this.keyPrefix = keyPrefix;
    }

    /** The REST TLS settings of a worker whose properties are {@code workerSettings}. */
    public static RestSslConfig fromWorkerSettings(Map<String, ?> workerSettings) {
        return fromWorkerSettings(workerSettings, LISTENER_PREFIX);
    }

    /**
     * The TLS settings under {@code prefix} ({@link #LISTENER_PREFIX} or {@link #ADMIN_LISTENER_PREFIX}), or the
     * top-level {@code ssl.*} keys when no key has that prefix.
     */
    public static RestSslConfig fromWorkerSettings(Map<String, ?> workerSettings, String prefix) {
        Map<String, Object> prefixed = new HashMap<>();
        workerSettings.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                prefixed.put(key.substring(prefix.length()), value);
            }
        });
        if (!prefixed.isEmpty()) {
            return new RestSslConfig(prefixed, prefix);
        }
        Map<String, Object> topLevel = new HashMap<>();
        workerSettings.forEach((key, value) -> {
            if (DEFINITION.names().contains(key)) {
                topLevel.put(key, value);
            }
        });
        return new RestSslConfig(topLevel, "");
    }

    /** Kafka's SSL defaults: no keystore, the JDK's trusted certificates, no client authentication. */
    public static RestSslConfig defaults() {
        return new RestSslConfig(Map.of(), "");
    }

    private static ConfigDef definition() {
        ConfigDef def = new ConfigDef();
        SslConfigs.addClientSslSupport(def);
        def.define(CLIENT_AUTH_CONFIG, ConfigDef.Type.STRING, "none",
                ConfigDef.ValidString.in("required", "requested", "none"), ConfigDef.Importance.LOW,
                "Whether HTTPS listeners require, request or ignore client certificates.");
        return def;
    }

    /** The name of {@code key} as the user wrote it, with the {@code listeners.https.} prefix when that applied. */
    public String keyName(String key) {
        return keyPrefix + key;
    }

    public String keystoreLocation() {
        return getString(SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG);
    }

    public Password keystorePassword() {
        return getPassword(SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG);
    }

    public String keystoreType() {
        return getString(SslConfigs.SSL_KEYSTORE_TYPE_CONFIG);
    }

    public Password keyPassword() {
        return getPassword(SslConfigs.SSL_KEY_PASSWORD_CONFIG);
    }

    public String truststoreLocation() {
        return getString(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG);
    }

    public Password truststorePassword() {
        return getPassword(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG);
    }

    public String truststoreType() {
        return getString(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG);
    }

    public String protocol() {
        return getString(SslConfigs.SSL_PROTOCOL_CONFIG);
    }

    public String provider() {
        return getString(SslConfigs.SSL_PROVIDER_CONFIG);
    }

    /** The TLS versions to allow; empty leaves the choice to the SSL context. */
    public List<String> enabledProtocols() {
        List<String> protocols = getList(SslConfigs.SSL_ENABLED_PROTOCOLS_CONFIG);
        return protocols == null ? List.of() : protocols;
    }

    /** The cipher suites to allow; empty leaves the choice to the SSL context (and Jetty's exclusions). */
    public List<String> cipherSuites() {
        List<String> suites = getList(SslConfigs.SSL_CIPHER_SUITES_CONFIG);
        return suites == null ? List.of() : suites;
    }

    public String keyManagerAlgorithm() {
        return getString(SslConfigs.SSL_KEYMANAGER_ALGORITHM_CONFIG);
    }

    public String trustManagerAlgorithm() {
        return getString(SslConfigs.SSL_TRUSTMANAGER_ALGORITHM_CONFIG);
    }

    public String secureRandomImplementation() {
        return getString(SslConfigs.SSL_SECURE_RANDOM_IMPLEMENTATION_CONFIG);
    }

    /** Whether a client checks that the other worker's certificate names the host it connected to. */
    public boolean verifiesHostnames() {
        String algorithm = getString(SslConfigs.SSL_ENDPOINT_IDENTIFICATION_ALGORITHM_CONFIG);
        return algorithm != null && !algorithm.isBlank();
    }

    /** {@code none}, {@code requested} or {@code required}. */
    public String clientAuth() {
        return getString(CLIENT_AUTH_CONFIG);
    }
}
