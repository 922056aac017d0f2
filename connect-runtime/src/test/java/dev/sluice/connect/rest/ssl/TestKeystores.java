/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.ssl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Self-signed key material made with the JDK's keytool for one test class: a worker keystore whose certificate
 * names {@code localhost} only (not 127.0.0.1, so host name verification can be seen at work), a client keystore,
 * and a truststore holding both certificates. Every store is PKCS12 with the password {@link #PASSWORD}.
 *
 * @param worker     the worker's key and certificate
 * @param client     a REST client's key and certificate
 * @param truststore both certificates
 */
public record TestKeystores(Path worker, Path client, Path truststore) {

    public static final String PASSWORD = "changeit";

    /** Makes the three stores in {@code dir}. */
    public static TestKeystores create(Path dir) {
        TestKeystores stores = new TestKeystores(dir.resolve("worker.p12"), dir.resolve("client.p12"),
                dir.resolve("truststore.p12"));
        keypair(stores.worker, "worker", "CN=localhost", "SAN=DNS:localhost");
        keypair(stores.client, "client", "CN=rest-client", null);
        trust(stores.worker, "worker", stores.truststore, dir);
        trust(stores.client, "client", stores.truststore, dir);
        return stores;
    }

    /** The top-level worker settings for an HTTPS listener with these stores. */
    public Map<String, String> workerSslSettings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("ssl.keystore.location", worker.toString());
        settings.put("ssl.keystore.password", PASSWORD);
        settings.put("ssl.keystore.type", "PKCS12");
        settings.put("ssl.key.password", PASSWORD);
        settings.put("ssl.truststore.location", truststore.toString());
        settings.put("ssl.truststore.password", PASSWORD);
        settings.put("ssl.truststore.type", "PKCS12");
        return settings;
    }

    /** The same settings under {@code prefix}, e.g. {@code listeners.https.}. */
    public Map<String, String> workerSslSettings(String prefix) {
        Map<String, String> prefixed = new HashMap<>();
        workerSslSettings().forEach((key, value) -> prefixed.put(prefix + key, value));
        return prefixed;
    }

    /** A client that trusts the worker's certificate and has none of its own. */
    public HttpClient clientWithoutCertificate() {
        return client(false);
    }

    /** A client that trusts the worker's certificate and presents the client certificate when asked. */
    public HttpClient clientWithCertificate() {
        return client(true);
    }

    private HttpClient client(boolean withCertificate) {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(load(truststore));
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(load(client), PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(withCertificate ? keys.getKeyManagers() : null, trust.getTrustManagers(), null);
            return HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(5)).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyStore load(Path store) throws GeneralSecurityException {
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, PASSWORD.toCharArray());
            return keyStore;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void keypair(Path store, String alias, String name, String extension) {
        List<String> args = new ArrayList<>(List.of("-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname",
                "secp256r1", "-dname", name, "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD));
        if (extension != null) {
            args.addAll(List.of("-ext", extension));
        }
        keytool(args);
    }

    private static void trust(Path keystore, String alias, Path truststore, Path dir) {
        Path certificate = dir.resolve(alias + ".crt");
        keytool(List.of("-exportcert", "-alias", alias, "-keystore", keystore.toString(), "-storepass", PASSWORD,
                "-file", certificate.toString()));
        keytool(List.of("-importcert", "-noprompt", "-alias", alias, "-file", certificate.toString(), "-storetype",
                "PKCS12", "-keystore", truststore.toString(), "-storepass", PASSWORD));
    }

    private static void keytool(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(args);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("keytool " + String.join(" ", args) + ": " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
