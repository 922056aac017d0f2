/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.isolation.PluginDiscoveryMode;
import dev.sluice.connect.rest.RestServerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.storage.SimpleHeaderConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key definitions, defaults and validation messages, as observed on Apache Kafka Connect 4.3.1's worker. */
class WorkerConfigTest {

    static Map<String, String> minimal() {
        Map<String, String> props = new HashMap<>();
        props.put("bootstrap.servers", "localhost:9092");
        props.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        props.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
        props.put("offset.storage.file.filename", "/tmp/offsets");
        return props;
    }

    private static StandaloneConfig with(String key, String value) {
        Map<String, String> props = minimal();
        props.put(key, value);
        return new StandaloneConfig(props);
    }

    private static String rejection(String key, String value) {
        return assertThrows(ConfigException.class, () -> with(key, value)).getMessage();
    }

    private static String rejectionWithout(String key) {
        Map<String, String> props = minimal();
        props.remove(key);
        return assertThrows(ConfigException.class, () -> new StandaloneConfig(props)).getMessage();
    }

    @Test
    void standaloneWorkerDefinesApachesKeysPlusSluicesOwn() {
        Set<String> expected = new TreeSet<>(List.of("bootstrap.servers", "client.dns.lookup", "key.converter",
                "key.converter.plugin.version", "value.converter", "value.converter.plugin.version",
                "task.shutdown.graceful.timeout.ms", "offset.flush.interval.ms", "offset.flush.timeout.ms",
                "plugin.path", "plugin.discovery", "metrics.sample.window.ms", "metrics.num.samples",
                "metrics.recording.level", "metric.reporters", "header.converter", "header.converter.plugin.version",
                "config.providers", "connector.client.config.override.policy", "topic.creation.enable",
                "ssl.protocol", "ssl.provider", "ssl.cipher.suites", "ssl.enabled.protocols", "ssl.keystore.type",
                "ssl.keystore.location", "ssl.keystore.password", "ssl.key.password", "ssl.keystore.key",
                "ssl.keystore.certificate.chain", "ssl.truststore.certificates", "ssl.truststore.type",
                "ssl.truststore.location", "ssl.truststore.password", "ssl.keymanager.algorithm",
                "ssl.trustmanager.algorithm", "ssl.endpoint.identification.algorithm",
                "ssl.secure.random.implementation", "ssl.engine.factory.class", "topic.tracking.enable",
                "topic.tracking.allow.reset", "listeners", "rest.advertised.host.name", "rest.advertised.port",
                "rest.advertised.listener", "access.control.allow.origin", "access.control.allow.methods",
                "response.http.headers.config", "ssl.client.auth", "rest.extension.classes", "admin.listeners",
                "offset.storage.file.filename",
                // Sluice's own: Apache's worker reads request bodies of any size, and finds plugins at start only.
                "rest.request.body.max.bytes", "plugin.path.watch.interval.ms"));
        assertEquals(expected, new TreeSet<>(StandaloneConfig.configDef().names()));
    }

    @Test
    void pluginPathIsWatchedEveryTwoSecondsUnlessTurnedOff() {
        assertEquals(java.time.Duration.ofSeconds(2), new StandaloneConfig(minimal()).pluginPathWatchInterval());
        assertEquals(java.time.Duration.ZERO, with("plugin.path.watch.interval.ms", "0").pluginPathWatchInterval());
        assertEquals("Invalid value -1 for configuration plugin.path.watch.interval.ms: Value must be at least 0",
                rejection("plugin.path.watch.interval.ms", "-1"));
    }

    @Test
    void requestBodyLimitDefaultsTo16MiBAndRefusesLimitsTooSmallForAnyRequest() {
        assertEquals(16 * 1024 * 1024, new StandaloneConfig(minimal()).restRequestBodyMaxBytes());
        assertEquals(RestServerConfig.DEFAULT_REQUEST_BODY_MAX_BYTES, RestServerConfig.fromWorkerValues(
                new StandaloneConfig(minimal()).values()).requestBodyMaxBytes());
        assertEquals(2048, RestServerConfig.fromWorkerValues(with("rest.request.body.max.bytes", "2048").values())
                .requestBodyMaxBytes());
        assertEquals("Invalid value 100 for configuration rest.request.body.max.bytes: Value must be at least 1024",
                rejection("rest.request.body.max.bytes", "100"));
        assertEquals(Set.of(), with("rest.request.body.max.bytes", "2048").unknownKeys());
    }

    @Test
    void requiredKeysHaveApachesTypesAndImportance() {
        Map<String, ConfigDef.ConfigKey> keys = StandaloneConfig.configDef().configKeys();
        assertEquals(ConfigDef.Type.LIST, keys.get("bootstrap.servers").type);
        assertEquals(ConfigDef.Type.CLASS, keys.get("key.converter").type);
        assertEquals(ConfigDef.Type.CLASS, keys.get("value.converter").type);
        assertEquals(ConfigDef.Type.STRING, keys.get("offset.storage.file.filename").type);
        for (String key : List.of("bootstrap.servers", "key.converter", "value.converter",
                "offset.storage.file.filename")) {
            assertEquals(ConfigDef.Importance.HIGH, keys.get(key).importance, key);
            assertEquals(ConfigDef.NO_DEFAULT_VALUE, keys.get(key).defaultValue, key);
        }
    }

    @Test
    void listenersDefaultToPort8083() {
        assertEquals(List.of("http://:8083"), new StandaloneConfig(minimal()).restListeners());
    }

    @Test
    void defaultsMatchApachesWorker() {
        StandaloneConfig config = new StandaloneConfig(minimal());
        assertEquals(SimpleHeaderConverter.class, config.getClass("header.converter"));
        assertEquals("use_all_dns_ips", config.getString("client.dns.lookup"));
        assertEquals(5_000L, config.taskShutdownGracefulTimeoutMs());
        assertEquals(60_000L, config.offsetCommitInterval());
        assertEquals(5_000L, config.offsetCommitTimeout());
        assertEquals("All", config.connectorClientConfigOverridePolicy());
        assertTrue(config.topicCreationEnable());
        assertTrue(config.topicTrackingEnable());
        assertTrue(config.topicTrackingAllowReset());
        assertNull(config.pluginPath());
        assertEquals(PluginDiscoveryMode.HYBRID_WARN, config.pluginDiscovery());
        assertEquals(List.of(), config.configProviders());
        assertNull(config.adminListeners());
        assertNull(config.restAdvertisedHostName());
        assertNull(config.restAdvertisedPort());
        assertNull(config.restAdvertisedListener());
        assertEquals("", config.accessControlAllowOrigin());
        assertEquals("", config.accessControlAllowMethods());
        assertEquals(List.of(), config.responseHttpHeaders());
        assertEquals(List.of(), config.restExtensionClasses());
        assertEquals(List.of("org.apache.kafka.common.metrics.JmxReporter"), config.getList("metric.reporters"));
        assertEquals(30_000L, config.getLong("metrics.sample.window.ms"));
        assertEquals(2, config.getInt("metrics.num.samples"));
        assertEquals("INFO", config.getString("metrics.recording.level"));
        assertEquals("none", config.getString("ssl.client.auth"));
        assertEquals("TLSv1.3", config.getString("ssl.protocol"));
        assertEquals("/tmp/offsets", config.offsetsFile());
    }

    @Test
    void accessorsReturnConfiguredValues() {
        Map<String, String> props = minimal();
        props.put("bootstrap.servers", "a:1, b:2");
        props.put("listeners", "http://localhost:8084,https://0.0.0.0:8443");
        props.put("admin.listeners", "");
        props.put("rest.advertised.host.name", "worker-1");
        props.put("rest.advertised.port", "9999");
        props.put("plugin.path", "/opt/a,/opt/b");
        props.put("plugin.discovery", "SERVICE_LOAD");
        StandaloneConfig config = new StandaloneConfig(props);
        assertEquals("a:1,b:2", config.bootstrapServers());
        assertEquals(List.of("http://localhost:8084", "https://0.0.0.0:8443"), config.restListeners());
        assertEquals(List.of(), config.adminListeners());
        assertEquals("worker-1", config.restAdvertisedHostName());
        assertEquals(9999, config.restAdvertisedPort());
        assertEquals("/opt/a,/opt/b", config.pluginPath());
        assertEquals(PluginDiscoveryMode.SERVICE_LOAD, config.pluginDiscovery());
    }

    @Test
    void missingBootstrapServersIsRejectedNamingTheKey() {
        assertEquals("Missing required configuration \"bootstrap.servers\" which has no default value.",
                rejectionWithout("bootstrap.servers"));
    }

    @Test
    void everyOtherRequiredKeyIsRejectedByName() {
        for (String key : List.of("key.converter", "value.converter", "offset.storage.file.filename")) {
            assertEquals("Missing required configuration \"" + key + "\" which has no default value.",
                    rejectionWithout(key));
        }
    }

    @Test
    void valuesOfTheWrongTypeNameKeyAndReason() {
        assertEquals("Invalid value abc for configuration offset.flush.interval.ms: Not a number of type LONG",
                rejection("offset.flush.interval.ms", "abc"));
        assertEquals("Invalid value x for configuration rest.advertised.port: Not a number of type INT",
                rejection("rest.advertised.port", "x"));
        assertEquals("Invalid value maybe for configuration topic.creation.enable: Expected value to be either true"
                + " or false", rejection("topic.creation.enable", "maybe"));
        assertEquals("Invalid value com.nope.Conv for configuration key.converter: Class com.nope.Conv could not be"
                + " found.", rejection("key.converter", "com.nope.Conv"));
    }

    @Test
    void validatorsRejectOutOfRangeValues() {
        assertEquals("Configuration 'bootstrap.servers' must not be empty. Valid values include: any non-empty"
                + " value", rejection("bootstrap.servers", ""));
        assertEquals("Configuration 'plugin.path' must not be empty. Valid values include: any non-empty value",
                rejection("plugin.path", ""));
        assertEquals("Invalid value 0 for configuration metrics.num.samples: Value must be at least 1",
                rejection("metrics.num.samples", "0"));
        assertEquals("Invalid value nope for configuration client.dns.lookup: String must be one of:"
                + " use_all_dns_ips, resolve_canonical_bootstrap_servers_only", rejection("client.dns.lookup", "nope"));
        assertEquals("Invalid value nope for configuration plugin.discovery: String must be one of (case"
                + " insensitive): ONLY_SCAN, SERVICE_LOAD, HYBRID_WARN, HYBRID_FAIL",
                rejection("plugin.discovery", "nope"));
    }

    @Test
    void listenersNeedAtLeastOneNonBlankUrl() {
        assertEquals("Invalid value for listeners, at least one URL is expected, ex:"
                + " http://localhost:8080,https://localhost:8443.", rejection("listeners", ""));
        assertEquals("Empty URL found when parsing listeners list.", rejection("listeners", "http://a:1, ,http://b:2"));
        // URL syntax is the REST server's business, as in Apache's worker.
        assertEquals(List.of("foo"), with("listeners", "foo").restListeners());
    }

    @Test
    void duplicateListEntriesAreDropped() {
        assertEquals("a:1", with("bootstrap.servers", "a:1,a:1").bootstrapServers());
        assertEquals(List.of("a.B"), with("rest.extension.classes", "a.B,a.B").restExtensionClasses());
    }

    @Test
    void responseHeaderRulesAreCheckedWithApachesMessages() {
        String key = "response.http.headers.config";
        assertEquals("Invalid format of header config 'bogus'. Expected: '[action] [header name]:[header value]'",
                rejection(key, "set X-Frame-Options:DENY,bogus"));
        assertEquals("Invalid header config action: 'foo'. Expected one of [set, add, setDate, addDate]",
                rejection(key, "foo X:Y"));
        assertEquals("Invalid format of header name and header value pair 'X'. Expected: '[header name]:[header"
                + " value]'", rejection(key, "set X"));
        assertEquals("Invalid format of header name and header value pair 'X:Y:Z'. Expected: '[header name]:"
                + "[header value]'", rejection(key, "set X:Y:Z"));
        assertEquals("Invalid header name ''. The '[header name]' cannot contain whitespace",
                rejection(key, "set :v"));
        assertEquals("Invalid format of header config ''. Expected: '[action] [header name]:[header value]'",
                rejection(key, "set X:Y,,set Z:W"));
    }

    @Test
    void quotedResponseHeaderRulesMayContainCommas() {
        StandaloneConfig config = with("response.http.headers.config",
                "\"add Cache-Control: no-cache, no-store\", Set X:Y, setDate Last-Modified:0");
        assertEquals(List.of("add Cache-Control: no-cache, no-store", "Set X:Y", "setDate Last-Modified:0"),
                config.responseHttpHeaders());
    }

    @Test
    void workerConfigPlaceholdersAreResolvedByTheWorkersOwnProviders(@TempDir Path dir) throws IOException {
        Path secrets = dir.resolve("worker.properties");
        Files.writeString(secrets, "host=worker-7.example\n");
        Map<String, String> props = minimal();
        props.put("config.providers", "file");
        props.put("config.providers.file.class", "org.apache.kafka.common.config.provider.FileConfigProvider");
        props.put("rest.advertised.host.name", "${file:" + secrets + ":host}");
        StandaloneConfig config = new StandaloneConfig(props);
        assertEquals("worker-7.example", config.restAdvertisedHostName());
        assertEquals(List.of("file"), config.configProviders());
    }

    @Test
    void anUnloadableProviderClassIsRejectedWhenTheWorkerConfigIsParsed() {
        Map<String, String> props = minimal();
        props.put("config.providers", "x");
        props.put("config.providers.x.class", "no.Such");
        ConfigException e = assertThrows(ConfigException.class, () -> new StandaloneConfig(props));
        assertEquals("Invalid value no.Such for configuration config.providers.x.class: Could not load config"
                + " provider class or one of its dependencies", e.getMessage());
    }
}
