/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.ssl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.NoSuchProviderException;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.config.types.Password;

/**
 * Builds the SSL contexts of the REST API from {@link RestSslConfig}: the keystore, truststore, protocol, provider,
 * key and trust manager algorithms and secure random implementation. Every problem is a {@link ConfigException}
 * naming the key to fix as the user wrote it ({@code listeners.https.ssl.keystore.password}, say), so a worker
 * with a wrong path or password stops at startup with that name rather than failing its first TLS handshake.
 */
public final class RestSslContexts {

    private static final String HIDDEN = "[hidden]";

    private RestSslContexts() {
    }

    /**
     * The context of an HTTPS listener: this worker's key and certificate, and the truststore for client
     * certificates.
     *
     * @throws ConfigException when no keystore is configured or a setting is wrong
     */
    public static SSLContext forServer(RestSslConfig config) {
        if (config.keystoreLocation() == null) {
            throw new ConfigException(config.keyName(SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG), null,
                    "an HTTPS listener needs a keystore holding the worker's key and certificate");
        }
        return build(config, false);
    }

    /**
     * The context of this worker's HTTPS requests to other workers: the truststore to check them with, and the
     * keystore (when configured) for listeners that require client certificates. Host names are verified unless
     * {@code ssl.endpoint.identification.algorithm} is empty.
     */
    public static SSLContext forClient(RestSslConfig config) {
        return build(config, !config.verifiesHostnames());
    }

    private static SSLContext build(RestSslConfig config, boolean ignoreHostnames) {
        KeyManager[] keys = keyManagers(config);
        TrustManager[] trust = trustManagers(config);
        SSLContext context = sslContext(config);
        try {
            context.init(keys, ignoreHostnames ? HostnameIgnoringTrustManager.wrap(trust) : trust,
                    secureRandom(config));
        } catch (GeneralSecurityException e) {
            throw new ConfigException("The REST API's SSL context could not be initialised: " + e);
        }
        return context;
    }

    private static KeyManager[] keyManagers(RestSslConfig config) {
        String location = config.keystoreLocation();
        if (location == null) {
            return null;
        }
        KeyStore store = load(config, location, config.keystoreType(), config.keystorePassword(),
                SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG, SslConfigs.SSL_KEYSTORE_TYPE_CONFIG,
                SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG);
        KeyManagerFactory factory = keyManagerFactory(config);
        // Apache's rule: the key password defaults to the keystore password.
        boolean ownKeyPassword = config.keyPassword() != null;
        Password password = ownKeyPassword ? config.keyPassword() : config.keystorePassword();
        try {
            factory.init(store, chars(password));
        } catch (UnrecoverableKeyException e) {
            String key = ownKeyPassword ? SslConfigs.SSL_KEY_PASSWORD_CONFIG : SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG;
            throw new ConfigException(config.keyName(key), HIDDEN, "the private key in " + location
                    + " cannot be recovered with this password (" + e.getMessage() + ")");
        } catch (GeneralSecurityException e) {
            throw new ConfigException(config.keyName(SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG), location,
                    "the keystore's keys cannot be used: " + e);
        }
        return factory.getKeyManagers();
    }

    private static KeyManagerFactory keyManagerFactory(RestSslConfig config) {
        try {
            return KeyManagerFactory.getInstance(config.keyManagerAlgorithm());
        } catch (NoSuchAlgorithmException e) {
            throw new ConfigException(config.keyName(SslConfigs.SSL_KEYMANAGER_ALGORITHM_CONFIG),
                    config.keyManagerAlgorithm(), "no such key manager algorithm");
        }
    }

    private static TrustManager[] trustManagers(RestSslConfig config) {
        String location = config.truststoreLocation();
        KeyStore store = location == null ? null : load(config, location, config.truststoreType(),
                config.truststorePassword(), SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG,
                SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG);
        try {
            // Without a truststore: the JDK's default trusted certificates.
            TrustManagerFactory factory = TrustManagerFactory.getInstance(config.trustManagerAlgorithm());
            factory.init(store);
            return factory.getTrustManagers();
        } catch (NoSuchAlgorithmException e) {
            throw new ConfigException(config.keyName(SslConfigs.SSL_TRUSTMANAGER_ALGORITHM_CONFIG),
                    config.trustManagerAlgorithm(), "no such trust manager algorithm");
        } catch (KeyStoreException e) {
            throw new ConfigException(config.keyName(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG), location,
                    "the truststore cannot be used: " + e);
        }
    }

    /** Reads a key or trust store, blaming the location, type or password key for whatever goes wrong. */
    private static KeyStore load(RestSslConfig config, String location, String type, Password password,
                                 String locationKey, String typeKey, String passwordKey) {
        KeyStore store;
        try {
            store = KeyStore.getInstance(type);
        } catch (KeyStoreException e) {
            throw new ConfigException(config.keyName(typeKey), type, "no such store type");
        }
        try (InputStream in = Files.newInputStream(Path.of(location))) {
            store.load(in, chars(password));
            return store;
        } catch (NoSuchFileException e) {
            throw new ConfigException(config.keyName(locationKey), location, "no such file");
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new ConfigException(config.keyName(passwordKey), HIDDEN, "the " + type + " store " + location
                        + " cannot be opened with this password (" + e.getMessage() + ")");
            }
            throw new ConfigException(config.keyName(locationKey), location, "not a readable " + type + " store: "
                    + e);
        } catch (GeneralSecurityException e) {
            throw new ConfigException(config.keyName(locationKey), location, "not a readable " + type + " store: "
                    + e);
        }
    }

    private static SSLContext sslContext(RestSslConfig config) {
        String provider = config.provider();
        try {
            return provider == null ? SSLContext.getInstance(config.protocol())
                    : SSLContext.getInstance(config.protocol(), provider);
        } catch (NoSuchAlgorithmException e) {
            throw new ConfigException(config.keyName(SslConfigs.SSL_PROTOCOL_CONFIG), config.protocol(),
                    "no such SSL protocol");
        } catch (NoSuchProviderException e) {
            throw new ConfigException(config.keyName(SslConfigs.SSL_PROVIDER_CONFIG), provider,
                    "no such security provider");
        }
    }

    private static SecureRandom secureRandom(RestSslConfig config) {
        String implementation = config.secureRandomImplementation();
        if (implementation == null) {
            return null;
        }
        try {
            return SecureRandom.getInstance(implementation);
        } catch (NoSuchAlgorithmException e) {
            throw new ConfigException(config.keyName(SslConfigs.SSL_SECURE_RANDOM_IMPLEMENTATION_CONFIG),
                    implementation, "no such secure random implementation");
        }
    }

    private static char[] chars(Password password) {
        return password == null ? null : password.value().toCharArray();
    }
}
