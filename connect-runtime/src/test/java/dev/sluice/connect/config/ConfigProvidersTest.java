/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.ConfigData;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.provider.ConfigProvider;
import org.apache.kafka.common.config.provider.DirectoryConfigProvider;
import org.apache.kafka.common.config.provider.FileConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolving ${provider:path:key} placeholders in connector configs with the worker's config providers. */
class ConfigProvidersTest {

    private static final String FILE_PROVIDER = FileConfigProvider.class.getName();
    // Real classes: parsing the worker config already loads every configured provider class from the classpath.
    private static final String DIRECTORY_PROVIDER = DirectoryConfigProvider.class.getName();

    @TempDir
    Path dir;
    private Path secrets;

    @BeforeEach
    void writeSecrets() throws IOException {
        secrets = dir.resolve("creds.properties");
        Files.writeString(secrets, "password=s3cr3t\nuser=bob\n");
    }

    private static StandaloneConfig workerWith(Map<String, String> extra) {
        Map<String, String> props = WorkerConfigTest.minimal();
        props.putAll(extra);
        return new StandaloneConfig(props);
    }

    private static ConfigProviders fileProvider() {
        return ConfigProviders.start(workerWith(Map.of("config.providers", "file",
                "config.providers.file.class", FILE_PROVIDER)), ConfigProviders.classpathFactory());
    }

    private String placeholder(String key) {
        return "${file:" + secrets + ":" + key + "}";
    }

    @Test
    void fileProviderResolvesPlaceholdersWithoutChangingTheRawConfig() {
        Map<String, String> raw = new HashMap<>();
        raw.put("connection.password", placeholder("password"));
        raw.put("connection.url", "jdbc:x://" + placeholder("user") + "@db");
        raw.put("topic", "plain");
        Map<String, String> before = Map.copyOf(raw);
        try (ConfigProviders providers = fileProvider()) {
            Map<String, String> resolved = providers.resolve(raw);
            assertEquals(Map.of("connection.password", "s3cr3t", "connection.url", "jdbc:x://bob@db",
                    "topic", "plain"), resolved);
        }
        assertEquals(before, raw);
    }

    @Test
    void resolvingAnImmutableConfigWorks() {
        try (ConfigProviders providers = fileProvider()) {
            assertEquals(Map.of("p", "s3cr3t"), providers.resolve(Map.of("p", placeholder("password"))));
        }
    }

    @Test
    void placeholdersOfAnUnknownProviderAreLeftAsTheyAre() {
        try (ConfigProviders providers = fileProvider()) {
            assertEquals(Map.of("p", "${vault:/secret/db:password}"),
                    providers.resolve(Map.of("p", "${vault:/secret/db:password}")));
        }
    }

    @Test
    void aKeyMissingFromTheFileLeavesThePlaceholderAsItIs() {
        try (ConfigProviders providers = fileProvider()) {
            assertEquals(Map.of("p", placeholder("missing")), providers.resolve(Map.of("p", placeholder("missing"))));
        }
    }

    @Test
    void aMissingFileIsAConfigException() {
        try (ConfigProviders providers = fileProvider()) {
            ConfigException e = assertThrows(ConfigException.class,
                    () -> providers.resolve(Map.of("p", "${file:" + dir.resolve("nope") + ":k}")));
            assertEquals("Could not read properties from file " + dir.resolve("nope"), e.getMessage());
        }
    }

    @Test
    void withoutProvidersEveryValueIsCopiedUnchanged() {
        try (ConfigProviders providers = ConfigProviders.start(workerWith(Map.of()),
                ConfigProviders.classpathFactory())) {
            assertEquals(Set.of(), providers.names());
            assertEquals(Map.of("p", placeholder("password")), providers.resolve(Map.of("p", placeholder("password"))));
        }
    }

    @Test
    void providersReceiveTheirParamsAndAreClosedOnShutdown() {
        List<RecordingProvider> created = new ArrayList<>();
        ConfigProviders providers = ConfigProviders.start(workerWith(Map.of("config.providers", "a,b",
                "config.providers.a.class", FILE_PROVIDER, "config.providers.a.param.region", "eu",
                "config.providers.b.class", DIRECTORY_PROVIDER)), className -> {
                    RecordingProvider provider = new RecordingProvider(className);
                    created.add(provider);
                    return provider;
                });
        assertEquals(List.of("a", "b"), List.copyOf(providers.names()));
        assertEquals(Map.of("region", "eu"), created.get(0).configured);
        assertEquals(Map.of(), created.get(1).configured);
        assertEquals(Map.of("x", FILE_PROVIDER + ":/p:k"), providers.resolve(Map.of("x", "${a:/p:k}")));
        providers.close();
        assertTrue(created.get(0).closed);
        assertTrue(created.get(1).closed);
    }

    @Test
    void aProviderNameWithoutAClassIsSkipped() {
        try (ConfigProviders providers = ConfigProviders.start(workerWith(Map.of("config.providers", "file,lost",
                "config.providers.file.class", FILE_PROVIDER)), ConfigProviders.classpathFactory())) {
            assertEquals(Set.of("file"), providers.names());
        }
    }

    @Test
    void whenAProviderFailsToStartTheOnesAlreadyStartedAreClosed() {
        List<RecordingProvider> created = new ArrayList<>();
        StandaloneConfig worker = workerWith(Map.of("config.providers", "good,bad",
                "config.providers.good.class", FILE_PROVIDER, "config.providers.bad.class", DIRECTORY_PROVIDER));
        RuntimeException failure = new IllegalStateException("cannot start");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> ConfigProviders.start(worker,
                className -> {
                    if (className.equals(DIRECTORY_PROVIDER)) {
                        throw failure;
                    }
                    RecordingProvider provider = new RecordingProvider(className);
                    created.add(provider);
                    return provider;
                }));
        assertSame(failure, thrown);
        assertTrue(created.get(0).closed);
    }

    @Test
    void theClasspathFactoryReportsAnUnknownClassAsAConfigException() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigProviders.classpathFactory().create("no.Such"));
        assertEquals("Config provider class no.Such could not be found", e.getMessage());
    }

    @Test
    void closeCarriesOnPastAProviderThatFailsToClose() {
        RecordingProvider failing = new RecordingProvider("F") {
            @Override
            public void close() {
                super.close();
                throw new IllegalStateException("boom");
            }
        };
        RecordingProvider other = new RecordingProvider("O");
        ConfigProviders.of(Map.of("f", failing, "o", other)).close();
        assertTrue(failing.closed);
        assertTrue(other.closed);
    }

    /** Answers every key with "<class>:<path>:<key>" and remembers how it was configured and whether closed. */
    static class RecordingProvider implements ConfigProvider {
        final String name;
        Map<String, ?> configured;
        boolean closed;

        RecordingProvider(String name) {
            this.name = name;
        }

        @Override
        public void configure(Map<String, ?> configs) {
            configured = Map.copyOf(configs);
        }

        @Override
        public ConfigData get(String path) {
            return new ConfigData(Map.of());
        }

        @Override
        public ConfigData get(String path, Set<String> keys) {
            Map<String, String> data = new HashMap<>();
            keys.forEach(key -> data.put(key, name + ":" + path + ":" + key));
            return new ConfigData(data);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
