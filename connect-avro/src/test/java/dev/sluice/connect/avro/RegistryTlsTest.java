/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.avro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.avro.registry.HttpSchemaRegistry;
import dev.sluice.connect.avro.registry.RegistryUnreachableException;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@code https} registry URL with the {@code schema.registry.ssl.*} settings: the server's certificate (made here
 * with the JDK's keytool, for 127.0.0.1) is trusted through the configured trust store, and refused without it.
 */
class RegistryTlsTest {

    private static final String PASSWORD = "changeit";

    @TempDir
    Path dir;

    private HttpsServer server;

    @BeforeEach
    void startServer() throws Exception {
        Path serverStore = dir.resolve("server.p12");
        keytool("-genkeypair", "-alias", "registry", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=127.0.0.1", "-ext", "SAN=IP:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore",
                serverStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-alias", "registry", "-keystore", serverStore.toString(), "-storepass", PASSWORD,
                "-file", dir.resolve("server.crt").toString());
        keytool("-importcert", "-noprompt", "-alias", "registry", "-file", dir.resolve("server.crt").toString(),
                "-storetype", "PKCS12", "-keystore", dir.resolve("trust.p12").toString(), "-storepass", PASSWORD);

        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(serverStore)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.createContext("/", exchange -> {
            byte[] body = "{\"schema\":\"\\\"string\\\"\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private HttpSchemaRegistry registry(Map<String, Object> ssl) {
        Map<String, Object> config = new HashMap<>(ssl);
        config.put("schema.registry.url", "https://127.0.0.1:" + server.getAddress().getPort());
        return new HttpSchemaRegistry(new AvroConverterConfig(config).registrySettings());
    }

    @Test
    void theConfiguredTrustStoreLetsTheConverterReachAnHttpsRegistry() {
        HttpSchemaRegistry trusting = registry(Map.of(
                "schema.registry.ssl.truststore.location", dir.resolve("trust.p12").toString(),
                "schema.registry.ssl.truststore.password", PASSWORD,
                "schema.registry.ssl.truststore.type", "PKCS12"));
        assertEquals(Schema.create(Schema.Type.STRING), trusting.schemaById(3));

        RegistryUnreachableException untrusted = assertThrows(RegistryUnreachableException.class,
                () -> registry(Map.of()).schemaById(3));
        assertTrue(untrusted.getMessage().startsWith("No schema registry answered at https://127.0.0.1:"),
                untrusted.getMessage());
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "keytool " + String.join(" ", args) + ": " + output);
    }
}
