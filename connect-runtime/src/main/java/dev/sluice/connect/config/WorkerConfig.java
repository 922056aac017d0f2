/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import dev.sluice.connect.isolation.LoaderSwap;
import dev.sluice.connect.isolation.PluginDiscoveryMode;
import dev.sluice.connect.isolation.PluginPathWatcher;
import dev.sluice.connect.isolation.Plugins;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.metrics.JmxReporter;
import org.apache.kafka.connect.storage.SimpleHeaderConverter;

/**
 * Settings every worker shares, whatever its mode: how to reach Kafka, the default converters, offset flushing,
 * the REST listeners, plugin discovery, config providers and metrics. Key names, types, defaults and validation
 * follow Apache Kafka Connect 4.3's worker so existing worker property files keep working.
 *
 * <p>Parsing a config logs one warning naming every key no part of the worker reads (see {@link #unknownKeys()}).
 */
public class WorkerConfig extends AbstractConfig {

    public static final String BOOTSTRAP_SERVERS_CONFIG = CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG;
    public static final String CLIENT_DNS_LOOKUP_CONFIG = CommonClientConfigs.CLIENT_DNS_LOOKUP_CONFIG;
    public static final String KEY_CONVERTER_CLASS_CONFIG = "key.converter";
    public static final String KEY_CONVERTER_VERSION_CONFIG = "key.converter.plugin.version";
    public static final String VALUE_CONVERTER_CLASS_CONFIG = "value.converter";
    public static final String VALUE_CONVERTER_VERSION_CONFIG = "value.converter.plugin.version";
    public static final String HEADER_CONVERTER_CLASS_CONFIG = "header.converter";
    public static final String HEADER_CONVERTER_VERSION_CONFIG = "header.converter.plugin.version";
    public static final String TASK_SHUTDOWN_GRACEFUL_TIMEOUT_MS_CONFIG = "task.shutdown.graceful.timeout.ms";
    public static final String OFFSET_COMMIT_INTERVAL_MS_CONFIG = "offset.flush.interval.ms";
    public static final String OFFSET_COMMIT_TIMEOUT_MS_CONFIG = "offset.flush.timeout.ms";
    public static final String PLUGIN_PATH_CONFIG = "plugin.path";
    public static final String PLUGIN_DISCOVERY_CONFIG = "plugin.discovery";
    public static final String CONFIG_PROVIDERS_CONFIG = "config.providers";
    public static final String CONNECTOR_CLIENT_POLICY_CLASS_CONFIG = "connector.client.config.override.policy";
    public static final String METRICS_SAMPLE_WINDOW_MS_CONFIG = CommonClientConfigs.METRICS_SAMPLE_WINDOW_MS_CONFIG;
    public static final String METRICS_NUM_SAMPLES_CONFIG = CommonClientConfigs.METRICS_NUM_SAMPLES_CONFIG;
    public static final String METRICS_RECORDING_LEVEL_CONFIG = CommonClientConfigs.METRICS_RECORDING_LEVEL_CONFIG;
    public static final String METRIC_REPORTER_CLASSES_CONFIG = CommonClientConfigs.METRIC_REPORTER_CLASSES_CONFIG;
    public static final String TOPIC_TRACKING_ENABLE_CONFIG = "topic.tracking.enable";
    public static final String TOPIC_TRACKING_ALLOW_RESET_CONFIG = "topic.tracking.allow.reset";
    public static final String TOPIC_CREATION_ENABLE_CONFIG = "topic.creation.enable";
    public static final String LISTENERS_CONFIG = "listeners";
    public static final String REST_ADVERTISED_HOST_NAME_CONFIG = "rest.advertised.host.name";
    public static final String REST_ADVERTISED_PORT_CONFIG = "rest.advertised.port";
    public static final String REST_ADVERTISED_LISTENER_CONFIG = "rest.advertised.listener";
    public static final String ACCESS_CONTROL_ALLOW_ORIGIN_CONFIG = "access.control.allow.origin";
    public static final String ACCESS_CONTROL_ALLOW_METHODS_CONFIG = "access.control.allow.methods";
    public static final String RESPONSE_HTTP_HEADERS_CONFIG = "response.http.headers.config";
    public static final String SSL_CLIENT_AUTH_CONFIG = "ssl.client.auth";
    public static final String REST_EXTENSION_CLASSES_CONFIG = "rest.extension.classes";
    public static final String ADMIN_LISTENERS_CONFIG = "admin.listeners";
    /** Sluice's own key (Apache has no body limit): the largest REST request body the worker reads. */
    public static final String REST_REQUEST_BODY_MAX_BYTES_CONFIG = "rest.request.body.max.bytes";

    public static final String CLIENT_DNS_LOOKUP_DEFAULT = "use_all_dns_ips";
    public static final long TASK_SHUTDOWN_GRACEFUL_TIMEOUT_MS_DEFAULT = 5_000L;
    public static final long OFFSET_COMMIT_INTERVAL_MS_DEFAULT = 60_000L;
    public static final long OFFSET_COMMIT_TIMEOUT_MS_DEFAULT = 5_000L;
    public static final String CONNECTOR_CLIENT_POLICY_CLASS_DEFAULT = "All";
    public static final List<String> LISTENERS_DEFAULT = List.of("http://:8083");
    /** 16 MiB: far above any real connector config (Kafka's own records default to at most 1 MB). */
    public static final int REST_REQUEST_BODY_MAX_BYTES_DEFAULT = 16 * 1024 * 1024;

    private final Set<String> unknownKeys;

    /**
     * Parses {@code props} against {@code definition} (a mode's own keys on top of {@link #baseConfigDef()}).
     *
     * @throws org.apache.kafka.common.config.ConfigException naming the key when a required key is missing or a
     *         value has the wrong type or fails validation
     */
    protected WorkerConfig(ConfigDef definition, Map<String, String> props) {
        super(definition, props);
        this.unknownKeys = UnknownWorkerKeys.find(definition, props.keySet());
        UnknownWorkerKeys.warn(getClass().getSimpleName(), unknownKeys);
    }

    /**
     * Parses worker settings that may name plugins from {@code plugin.path}: converter aliases (and classes another
     * distribution names, such as Confluent's Avro converter, where a Sluice plugin stands in) become full class
     * names, and plugin classes are found while the settings are parsed. When the settings are invalid the plugins
     * are closed (the worker will not start) before the exception is thrown.
     *
     * @param parser a mode's constructor, e.g. {@code DistributedConfig::new}
     */
    public static <C extends WorkerConfig> C parse(Plugins plugins, Map<String, String> props,
                                                   Function<Map<String, String>, C> parser) {
        Map<String, String> named = new HashMap<>(props);
        PluginClassValues.canonicalNames(plugins, props).forEach((key, value) -> {
            if (props.containsKey(key)) {
                named.put(key, value);
            }
        });
        try (LoaderSwap swap = new LoaderSwap(new PluginLookupLoader(plugins))) {
            return parser.apply(named);
        } catch (RuntimeException e) {
            plugins.close();
            throw e;
        }
    }

    /** The keys every worker mode understands; each mode adds its own on top of a fresh copy. */
    public static ConfigDef baseConfigDef() {
        ConfigDef def = new ConfigDef()
                .define(BOOTSTRAP_SERVERS_CONFIG, Type.LIST, ConfigDef.NO_DEFAULT_VALUE,
                        ConfigDef.ValidList.anyNonDuplicateValues(false, false), Importance.HIGH,
                        CommonClientConfigs.BOOTSTRAP_SERVERS_DOC)
                .define(CLIENT_DNS_LOOKUP_CONFIG, Type.STRING, CLIENT_DNS_LOOKUP_DEFAULT,
                        ConfigDef.ValidString.in("use_all_dns_ips", "resolve_canonical_bootstrap_servers_only"),
                        Importance.MEDIUM, CommonClientConfigs.CLIENT_DNS_LOOKUP_DOC)
                .define(KEY_CONVERTER_CLASS_CONFIG, Type.CLASS, Importance.HIGH,
                        "Converter for record keys between Connect data and the bytes stored in Kafka; connectors"
                                + " may override it.")
                .define(KEY_CONVERTER_VERSION_CONFIG, Type.STRING, null, Importance.LOW,
                        "Version (or version range) of the key converter plugin to use.")
                .define(VALUE_CONVERTER_CLASS_CONFIG, Type.CLASS, Importance.HIGH,
                        "Converter for record values between Connect data and the bytes stored in Kafka;"
                                + " connectors may override it.")
                .define(VALUE_CONVERTER_VERSION_CONFIG, Type.STRING, null, Importance.LOW,
                        "Version (or version range) of the value converter plugin to use.")
                .define(TASK_SHUTDOWN_GRACEFUL_TIMEOUT_MS_CONFIG, Type.LONG,
                        TASK_SHUTDOWN_GRACEFUL_TIMEOUT_MS_DEFAULT, Importance.LOW,
                        "Total time, over all tasks, to wait for tasks to stop before giving up on them.")
                .define(OFFSET_COMMIT_INTERVAL_MS_CONFIG, Type.LONG, OFFSET_COMMIT_INTERVAL_MS_DEFAULT,
                        Importance.LOW, "How often the worker commits the offsets of its tasks.")
                .define(OFFSET_COMMIT_TIMEOUT_MS_CONFIG, Type.LONG, OFFSET_COMMIT_TIMEOUT_MS_DEFAULT,
                        Importance.LOW, "How long an offset commit may wait for outstanding records to be"
                                + " acknowledged before it is abandoned and retried at the next interval.")
                .define(PLUGIN_PATH_CONFIG, Type.LIST, null, ConfigDef.ValidList.anyNonDuplicateValues(false, true),
                        Importance.LOW, "Comma-separated directories holding plugins: each may contain plugin"
                                + " JARs, directories of JARs and classes, or directories of such plugin folders.")
                .define(PluginPathWatcher.INTERVAL_CONFIG, Type.LONG, PluginPathWatcher.INTERVAL_DEFAULT_MS,
                        ConfigDef.Range.atLeast(0), Importance.LOW, "How often the worker looks for plugins added to"
                                + " the plugin.path directories while it runs; a new JAR or directory is usable once"
                                + " two looks in a row find it unchanged. 0 turns this off: plugins are found at"
                                + " start only. Plugins are never removed or replaced while the worker runs.")
                .define(PLUGIN_DISCOVERY_CONFIG, Type.STRING, PluginDiscoveryMode.DEFAULT.toString(),
                        ConfigDef.CaseInsensitiveValidString.in(discoveryModes()), Importance.LOW,
                        "How plugins are found: only_scan, service_load, hybrid_warn or hybrid_fail.")
                .define(METRICS_SAMPLE_WINDOW_MS_CONFIG, Type.LONG, 30_000L, ConfigDef.Range.atLeast(0),
                        Importance.LOW, CommonClientConfigs.METRICS_SAMPLE_WINDOW_MS_DOC)
                .define(METRICS_NUM_SAMPLES_CONFIG, Type.INT, 2, ConfigDef.Range.atLeast(1), Importance.LOW,
                        CommonClientConfigs.METRICS_NUM_SAMPLES_DOC)
                .define(METRICS_RECORDING_LEVEL_CONFIG, Type.STRING, "INFO", ConfigDef.ValidString.in("INFO", "DEBUG"),
                        Importance.LOW, CommonClientConfigs.METRICS_RECORDING_LEVEL_DOC)
                .define(METRIC_REPORTER_CLASSES_CONFIG, Type.LIST, JmxReporter.class.getName(),
                        ConfigDef.ValidList.anyNonDuplicateValues(true, false), Importance.LOW,
                        CommonClientConfigs.METRIC_REPORTER_CLASSES_DOC)
                .define(HEADER_CONVERTER_CLASS_CONFIG, Type.CLASS, SimpleHeaderConverter.class.getName(),
                        Importance.LOW, "Converter for header values; the default writes them as strings and"
                                + " infers schemas when reading.")
                .define(HEADER_CONVERTER_VERSION_CONFIG, Type.STRING, null, Importance.LOW,
                        "Version (or version range) of the header converter plugin to use.")
                .define(CONFIG_PROVIDERS_CONFIG, Type.LIST, List.of(),
                        ConfigDef.ValidList.anyNonDuplicateValues(true, false), Importance.LOW,
                        "Names of ConfigProvider instances that resolve ${name:path:key} placeholders; each needs"
                                + " config.providers.<name>.class and takes config.providers.<name>.param.*.")
                .define(CONNECTOR_CLIENT_POLICY_CLASS_CONFIG, Type.STRING, CONNECTOR_CLIENT_POLICY_CLASS_DEFAULT,
                        Importance.MEDIUM, "Class or alias of the ConnectorClientConfigOverridePolicy deciding"
                                + " which Kafka client settings a connector may override (All, None, Allowlist).")
                .define(TOPIC_CREATION_ENABLE_CONFIG, Type.BOOLEAN, true, Importance.LOW,
                        "Whether source connectors configured with topic.creation.* settings may create their"
                                + " topics through an admin client.");
        SslConfigs.addClientSslSupport(def);
        addTopicTrackingConfig(def);
        addRestServerConfig(def);
        return def;
    }

    /** Adds the two keys controlling the per-connector active topic sets. */
    public static void addTopicTrackingConfig(ConfigDef def) {
        def.define(TOPIC_TRACKING_ENABLE_CONFIG, Type.BOOLEAN, true, Importance.LOW,
                        "Whether the worker records which topics each connector uses.")
                .define(TOPIC_TRACKING_ALLOW_RESET_CONFIG, Type.BOOLEAN, true, Importance.LOW,
                        "Whether REST requests may reset the recorded active topics of a connector.");
    }

    private static void addRestServerConfig(ConfigDef def) {
        def.define(LISTENERS_CONFIG, Type.LIST, LISTENERS_DEFAULT, new RestListenersValidator(), Importance.LOW,
                        "Comma-separated http:// or https:// URLs the REST API listens on.")
                .define(REST_ADVERTISED_HOST_NAME_CONFIG, Type.STRING, null, Importance.LOW,
                        "Host name other workers use to reach this one, when it differs from the listener's.")
                .define(REST_ADVERTISED_PORT_CONFIG, Type.INT, null, Importance.LOW,
                        "Port other workers use to reach this one, when it differs from the listener's.")
                .define(REST_ADVERTISED_LISTENER_CONFIG, Type.STRING, null, Importance.LOW,
                        "Protocol (http or https) of the listener advertised to other workers.")
                .define(ACCESS_CONTROL_ALLOW_ORIGIN_CONFIG, Type.STRING, "", Importance.LOW,
                        "Value of the Access-Control-Allow-Origin header ('*' for any origin); empty disables"
                                + " cross-origin requests.")
                .define(ACCESS_CONTROL_ALLOW_METHODS_CONFIG, Type.STRING, "", Importance.LOW,
                        "Value of the Access-Control-Allow-Methods header for cross-origin requests.")
                .define(RESPONSE_HTTP_HEADERS_CONFIG, Type.STRING, "", new ResponseHeaderRulesValidator(),
                        Importance.LOW, "Comma-separated '[action] [name]:[value]' rules for REST response"
                                + " headers.")
                .define(SSL_CLIENT_AUTH_CONFIG, Type.STRING, "none",
                        ConfigDef.ValidString.in("required", "requested", "none"), Importance.LOW,
                        "Whether HTTPS listeners require, request or ignore client certificates.")
                .define(REST_EXTENSION_CLASSES_CONFIG, Type.LIST, List.of(),
                        ConfigDef.ValidList.anyNonDuplicateValues(true, false), Importance.LOW,
                        "ConnectRestExtension classes to load, in order.")
                .define(ADMIN_LISTENERS_CONFIG, Type.LIST, null, ConfigDef.ValidList.anyNonDuplicateValues(true, true),
                        Importance.LOW, "URLs for the admin endpoints (/admin); unset means the regular listeners,"
                                + " empty disables them.")
                .define(REST_REQUEST_BODY_MAX_BYTES_CONFIG, Type.INT, REST_REQUEST_BODY_MAX_BYTES_DEFAULT,
                        ConfigDef.Range.atLeast(1024), Importance.LOW, "Largest REST request body, in bytes, the"
                                + " worker reads; a larger one is refused with 413 before it is parsed. A Sluice"
                                + " setting (Apache's worker has no limit). The internal request that hands task"
                                + " configs to the leader carries every task's config, so raise it for connectors"
                                + " with very many large task configs.");
    }

    private static String[] discoveryModes() {
        return Arrays.stream(PluginDiscoveryMode.values()).map(PluginDiscoveryMode::name).toArray(String[]::new);
    }

    /** The keys of the parsed properties that no part of the worker reads, sorted. */
    public Set<String> unknownKeys() {
        return unknownKeys;
    }

    /** The bootstrap servers as one comma-separated string, ready to hand to a Kafka client. */
    public String bootstrapServers() {
        return String.join(",", getList(BOOTSTRAP_SERVERS_CONFIG));
    }

    public long taskShutdownGracefulTimeoutMs() {
        return getLong(TASK_SHUTDOWN_GRACEFUL_TIMEOUT_MS_CONFIG);
    }

    public long offsetCommitInterval() {
        return getLong(OFFSET_COMMIT_INTERVAL_MS_CONFIG);
    }

    public long offsetCommitTimeout() {
        return getLong(OFFSET_COMMIT_TIMEOUT_MS_CONFIG);
    }

    /** The raw plugin.path value as the isolation layer parses it, or null when unset. */
    public String pluginPath() {
        List<String> paths = getList(PLUGIN_PATH_CONFIG);
        return paths == null ? null : String.join(",", paths);
    }

    /** How often plugin.path is looked at for new plugins; zero when it is not. */
    public Duration pluginPathWatchInterval() {
        return Duration.ofMillis(getLong(PluginPathWatcher.INTERVAL_CONFIG));
    }

    public PluginDiscoveryMode pluginDiscovery() {
        return PluginDiscoveryMode.parse(getString(PLUGIN_DISCOVERY_CONFIG));
    }

    /** Names of the configured config providers, in declaration order. */
    public List<String> configProviders() {
        return getList(CONFIG_PROVIDERS_CONFIG);
    }

    public String connectorClientConfigOverridePolicy() {
        return getString(CONNECTOR_CLIENT_POLICY_CLASS_CONFIG);
    }

    public boolean topicCreationEnable() {
        return getBoolean(TOPIC_CREATION_ENABLE_CONFIG);
    }

    public boolean topicTrackingEnable() {
        return getBoolean(TOPIC_TRACKING_ENABLE_CONFIG);
    }

    public boolean topicTrackingAllowReset() {
        return getBoolean(TOPIC_TRACKING_ALLOW_RESET_CONFIG);
    }

    /** The REST listener URLs; {@code http://:8083} unless configured. */
    public List<String> restListeners() {
        return getList(LISTENERS_CONFIG);
    }

    /** Admin listener URLs: null means "same as the REST listeners", empty means "admin endpoints disabled". */
    public List<String> adminListeners() {
        return getList(ADMIN_LISTENERS_CONFIG);
    }

    public String restAdvertisedHostName() {
        return getString(REST_ADVERTISED_HOST_NAME_CONFIG);
    }

    public Integer restAdvertisedPort() {
        return getInt(REST_ADVERTISED_PORT_CONFIG);
    }

    public String restAdvertisedListener() {
        return getString(REST_ADVERTISED_LISTENER_CONFIG);
    }

    public String accessControlAllowOrigin() {
        return getString(ACCESS_CONTROL_ALLOW_ORIGIN_CONFIG);
    }

    public String accessControlAllowMethods() {
        return getString(ACCESS_CONTROL_ALLOW_METHODS_CONFIG);
    }

    /** The response header rules, one per entry, with surrounding quotes removed. */
    public List<String> responseHttpHeaders() {
        return ResponseHeaderRulesValidator.split(getString(RESPONSE_HTTP_HEADERS_CONFIG));
    }

    public List<String> restExtensionClasses() {
        return getList(REST_EXTENSION_CLASSES_CONFIG);
    }

    public int restRequestBodyMaxBytes() {
        return getInt(REST_REQUEST_BODY_MAX_BYTES_CONFIG);
    }
}
