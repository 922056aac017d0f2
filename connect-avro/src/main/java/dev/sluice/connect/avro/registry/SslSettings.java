/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.avro.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * The {@code schema.registry.ssl.*} settings, as Confluent's clients name them: a trust store for the registry's
 * certificate, a key store for a client certificate, the protocol, and whether the host name is checked.
 */
public final class SslSettings {

    private static final String PREFIX = "schema.registry.ssl.";
    static final String TRUSTSTORE_LOCATION = PREFIX + "truststore.location";
    static final String TRUSTSTORE_PASSWORD = PREFIX + "truststore.password";
    static final String TRUSTSTORE_TYPE = PREFIX + "truststore.type";
    static final String KEYSTORE_LOCATION = PREFIX + "keystore.location";
    static final String KEYSTORE_PASSWORD = PREFIX + "keystore.password";
    static final String KEYSTORE_TYPE = PREFIX + "keystore.type";
    static final String KEY_PASSWORD = PREFIX + "key.password";
    static final String PROTOCOL = PREFIX + "protocol";
    static final String ENDPOINT_IDENTIFICATION_ALGORITHM = PREFIX + "endpoint.identification.algorithm";

    private final AbstractConfig config;

    public SslSettings(AbstractConfig config) {
        this.config = config;
    }

    /** Adds the keys to {@code def}. */
    public static ConfigDef define(ConfigDef def) {
        return def
                .define(TRUSTSTORE_LOCATION, Type.STRING, null, Importance.LOW,
                        "Trust store with the registry's certificate authority; the JVM's when unset")
                .define(TRUSTSTORE_PASSWORD, Type.PASSWORD, null, Importance.LOW, "Password of the trust store")
                .define(TRUSTSTORE_TYPE, Type.STRING, "JKS", Importance.LOW, "Trust store format: JKS or PKCS12")
                .define(KEYSTORE_LOCATION, Type.STRING, null, Importance.LOW,
                        "Key store with a client certificate, for registries that ask for one")
                .define(KEYSTORE_PASSWORD, Type.PASSWORD, null, Importance.LOW, "Password of the key store")
                .define(KEYSTORE_TYPE, Type.STRING, "JKS", Importance.LOW, "Key store format: JKS or PKCS12")
                .define(KEY_PASSWORD, Type.PASSWORD, null, Importance.LOW,
                        "Password of the key in the key store; the key store's when unset")
                .define(PROTOCOL, Type.STRING, "TLSv1.3", Importance.LOW, "TLS protocol")
                .define(ENDPOINT_IDENTIFICATION_ALGORITHM, Type.STRING, "https", Importance.LOW,
                        "https checks that the registry's certificate names its host; empty turns the check off");
    }

    public boolean verifyHostnames() {
        String algorithm = config.getString(ENDPOINT_IDENTIFICATION_ALGORITHM);
        return algorithm != null && !algorithm.isEmpty();
    }

    /** Sockets from the configured stores; null when none is configured (the JVM's defaults apply). */
    public SSLSocketFactory socketFactory() {
        String trustStore = config.getString(TRUSTSTORE_LOCATION);
        String keyStore = config.getString(KEYSTORE_LOCATION);
        if (trustStore == null && keyStore == null) {
            return null;
        }
        try {
            TrustManagerFactory trust = null;
            if (trustStore != null) {
                trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(load(TRUSTSTORE_LOCATION, trustStore, config.getString(TRUSTSTORE_TYPE),
                        config.getPassword(TRUSTSTORE_PASSWORD)));
            }
            KeyManagerFactory keys = null;
            if (keyStore != null) {
                Password storePassword = config.getPassword(KEYSTORE_PASSWORD);
                Password keyPassword = config.getPassword(KEY_PASSWORD);
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(load(KEYSTORE_LOCATION, keyStore, config.getString(KEYSTORE_TYPE), storePassword),
                        chars(keyPassword != null ? keyPassword : storePassword));
            }
            SSLContext context = SSLContext.getInstance(config.getString(PROTOCOL));
            context.init(keys == null ? null : keys.getKeyManagers(),
                    trust == null ? null : trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new ConfigException("Cannot set up TLS to the schema registry: " + e.getMessage());
        }
    }

    private static KeyStore load(String key, String location, String type, Password password)
            throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(type);
        try (InputStream in = Files.newInputStream(Path.of(location))) {
            store.load(in, chars(password));
        } catch (IOException e) {
            throw new ConfigException(key, location, "cannot be read as a " + type + " store: " + e.getMessage());
        }
        return store;
    }

    private static char[] chars(Password password) {
        return password == null ? null : password.value().toCharArray();
    }
}
