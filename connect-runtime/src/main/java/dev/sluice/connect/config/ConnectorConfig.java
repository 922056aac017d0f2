/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import dev.sluice.connect.isolation.PluginDesc;
import dev.sluice.connect.isolation.PluginType;
import dev.sluice.connect.isolation.PluginVersionKeys;
import dev.sluice.connect.isolation.Plugins;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.HeaderConverter;

/**
 * The settings every connector has, whatever its kind: identity, task count, converters, transformations,
 * predicates and error handling. Keys, defaults, documentation and groups match Apache Kafka Connect's, because
 * they are visible to users through the REST API.
 */
public class ConnectorConfig extends AbstractConfig {

    static final String COMMON_GROUP = "Common";
    static final String TRANSFORMS_GROUP = "Transforms";
    static final String PREDICATES_GROUP = "Predicates";
    static final String ERROR_GROUP = "Error Handling";

    public static final String NAME_CONFIG = "name";
    public static final String CONNECTOR_CLASS_CONFIG = "connector.class";
    public static final String CONNECTOR_VERSION = "connector.plugin.version";
    public static final String TASKS_MAX_CONFIG = "tasks.max";
    public static final int TASKS_MAX_DEFAULT = 1;
    public static final String TASKS_MAX_ENFORCE_CONFIG = "tasks.max.enforce";
    public static final boolean TASKS_MAX_ENFORCE_DEFAULT = true;
    public static final String KEY_CONVERTER_CLASS_CONFIG = "key.converter";
    public static final String KEY_CONVERTER_VERSION_CONFIG = "key.converter.plugin.version";
    public static final String VALUE_CONVERTER_CLASS_CONFIG = "value.converter";
    public static final String VALUE_CONVERTER_VERSION_CONFIG = "value.converter.plugin.version";
    public static final String HEADER_CONVERTER_CLASS_CONFIG = "header.converter";
    public static final String HEADER_CONVERTER_VERSION_CONFIG = "header.converter.plugin.version";
    public static final String TRANSFORMS_CONFIG = "transforms";
    public static final String PREDICATES_CONFIG = "predicates";
    public static final String TRANSFORMS_PREFIX = "transforms.";
    public static final String PREDICATES_PREFIX = "predicates.";
    public static final String CONFIG_RELOAD_ACTION_CONFIG = "config.action.reload";
    public static final String CONFIG_RELOAD_ACTION_NONE = "none";
    public static final String CONFIG_RELOAD_ACTION_RESTART = "restart";
    public static final String ERRORS_RETRY_TIMEOUT_CONFIG = "errors.retry.timeout";
    public static final long ERRORS_RETRY_TIMEOUT_DEFAULT = 0L;
    public static final String ERRORS_RETRY_MAX_DELAY_CONFIG = "errors.retry.delay.max.ms";
    public static final long ERRORS_RETRY_MAX_DELAY_DEFAULT = 60000L;
    public static final String ERRORS_TOLERANCE_CONFIG = "errors.tolerance";
    public static final String ERRORS_TOLERANCE_NONE = "none";
    public static final String ERRORS_TOLERANCE_ALL = "all";
    public static final String ERRORS_LOG_ENABLE_CONFIG = "errors.log.enable";
    public static final String ERRORS_LOG_INCLUDE_MESSAGES_CONFIG = "errors.log.include.messages";
    public static final String CONNECTOR_CLIENT_PRODUCER_OVERRIDES_PREFIX = "producer.override.";
    public static final String CONNECTOR_CLIENT_CONSUMER_OVERRIDES_PREFIX = "consumer.override.";
    public static final String CONNECTOR_CLIENT_ADMIN_OVERRIDES_PREFIX = "admin.override.";

    private static final String CONVERTER_DOC_HEAD = "Converter class used to convert between Kafka Connect format"
            + " and the serialized form that is written to Kafka. This controls the format of the ";
    private static final String CONVERTER_DOC_TAIL = " in messages written to or read from Kafka, and since this is"
            + " independent of connectors it allows any connector to work with any serialization format. Examples of"
            + " common formats include JSON and Avro.";

    private final Plugins plugins;
    private final Map<String, String> props;

    /** Parses {@code props} against the connector settings plus the keys of its transformations and predicates. */
    public ConnectorConfig(Plugins plugins, Map<String, String> props) {
        this(plugins, configDef(), props);
    }

    /**
     * Parses {@code props} against {@code baseDef} enriched with the keys of the configured transformations and
     * predicates.
     *
     * @throws org.apache.kafka.common.config.ConfigException naming the offending key when a value is invalid
     */
    public ConnectorConfig(Plugins plugins, ConfigDef baseDef, Map<String, String> props) {
        super(TransformsConfigDef.enrich(plugins, baseDef, props, true).def(),
                PluginClassValues.resolve(plugins, baseDef, props));
        this.plugins = plugins;
        this.props = Map.copyOf(withoutNulls(props));
    }

    /** The settings shared by every connector, before any transformation or predicate keys are added. */
    public static ConfigDef configDef() {
        int order = 0;
        return new ConfigDef()
                .define(NAME_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                        new ConfigDef.NonEmptyStringWithoutControlChars(), Importance.HIGH,
                        "Globally unique name to use for this connector.", COMMON_GROUP, ++order, Width.MEDIUM,
                        "Connector name")
                .define(CONNECTOR_CLASS_CONFIG, Type.STRING, Importance.HIGH, "Name or alias of the class for this"
                        + " connector. Must be a subclass of org.apache.kafka.connect.connector.Connector. If the"
                        + " connector is org.apache.kafka.connect.file.FileStreamSinkConnector, you can either specify"
                        + " this full name,  or use \"FileStreamSink\" or \"FileStreamSinkConnector\" to make the"
                        + " configuration a bit shorter", COMMON_GROUP, ++order, Width.LONG, "Connector class")
                .define(CONNECTOR_VERSION, Type.STRING, null, PluginVersionValidator.INSTANCE, Importance.MEDIUM,
                        "Version of the connector.", COMMON_GROUP, ++order, Width.MEDIUM, "Connector version")
                .define(TASKS_MAX_CONFIG, Type.INT, TASKS_MAX_DEFAULT, ConfigDef.Range.atLeast(1), Importance.HIGH,
                        "Maximum number of tasks to use for this connector.", COMMON_GROUP, ++order, Width.SHORT,
                        "Tasks max")
                .define(TASKS_MAX_ENFORCE_CONFIG, Type.BOOLEAN, TASKS_MAX_ENFORCE_DEFAULT, Importance.LOW,
                        "(Deprecated) Whether to enforce that the tasks.max property is respected by the connector."
                        + " By default, connectors that generate too many tasks will fail, and existing sets of tasks"
                        + " that exceed the tasks.max property will also be failed. If this property is set to false,"
                        + " then connectors will be allowed to generate more than the maximum number of tasks, and"
                        + " existing sets of tasks that exceed the tasks.max property will be allowed to run. This"
                        + " property is deprecated and will be removed in an upcoming major release.",
                        COMMON_GROUP, ++order, Width.SHORT, "Enforce tasks max")
                .define(KEY_CONVERTER_CLASS_CONFIG, Type.CLASS, null, new PluginClassValidator(Converter.class),
                        Importance.LOW, CONVERTER_DOC_HEAD + "keys" + CONVERTER_DOC_TAIL, COMMON_GROUP, ++order,
                        Width.SHORT, "Key converter class")
                .define(KEY_CONVERTER_VERSION_CONFIG, Type.STRING, null, PluginVersionValidator.INSTANCE,
                        Importance.LOW, "Version of the key converter.", COMMON_GROUP, ++order, Width.SHORT,
                        "Key converter version")
                .define(VALUE_CONVERTER_CLASS_CONFIG, Type.CLASS, null, new PluginClassValidator(Converter.class),
                        Importance.LOW, CONVERTER_DOC_HEAD + "values" + CONVERTER_DOC_TAIL, COMMON_GROUP, ++order,
                        Width.SHORT, "Value converter class")
                .define(VALUE_CONVERTER_VERSION_CONFIG, Type.STRING, null, PluginVersionValidator.INSTANCE,
                        Importance.LOW, "Version of the value converter.", COMMON_GROUP, ++order, Width.SHORT,
                        "Value converter version")
                .define(HEADER_CONVERTER_CLASS_CONFIG, Type.CLASS, null,
                        new PluginClassValidator(HeaderConverter.class), Importance.LOW, "HeaderConverter class used"
                        + " to convert between Kafka Connect format and the serialized form that is written to Kafka."
                        + " This controls the format of the header values in messages written to or read from Kafka,"
                        + " and since this is independent of connectors it allows any connector to work with any"
                        + " serialization format. Examples of common formats include JSON and Avro. By default, the"
                        + " SimpleHeaderConverter is used to serialize header values to strings and deserialize them"
                        + " by inferring the schemas.", COMMON_GROUP, ++order, Width.SHORT, "Header converter class")
                .define(HEADER_CONVERTER_VERSION_CONFIG, Type.STRING, null, PluginVersionValidator.INSTANCE,
                        Importance.LOW, "Version of the header converter.", COMMON_GROUP, ++order, Width.SHORT,
                        "Header converter version")
                .define(TRANSFORMS_CONFIG, Type.LIST, List.of(), UniqueAliases.of("transformation aliases"),
                        Importance.LOW,
                        "Aliases for the transformations to be applied to records.", TRANSFORMS_GROUP, ++order,
                        Width.LONG, "Transforms")
                .define(PREDICATES_CONFIG, Type.LIST, List.of(), UniqueAliases.of("predicate aliases"), Importance.LOW,
                        "Aliases for the predicates used by transformations.", PREDICATES_GROUP, ++order, Width.LONG,
                        "Predicates")
                .define(CONFIG_RELOAD_ACTION_CONFIG, Type.STRING, CONFIG_RELOAD_ACTION_RESTART,
                        ConfigDef.ValidString.in(CONFIG_RELOAD_ACTION_NONE, CONFIG_RELOAD_ACTION_RESTART),
                        Importance.LOW, "The action that Connect should take on the connector when changes in"
                        + " external configuration providers result in a change in the connector's configuration"
                        + " properties. A value of 'none' indicates that Connect will do nothing. A value of"
                        + " 'restart' indicates that Connect should restart/reload the connector with the updated"
                        + " configuration properties.The restart may actually be scheduled in the future if the"
                        + " external configuration provider indicates that a configuration value will expire in the"
                        + " future.", COMMON_GROUP, ++order, Width.MEDIUM, "Reload Action")
                .define(ERRORS_RETRY_TIMEOUT_CONFIG, Type.LONG, ERRORS_RETRY_TIMEOUT_DEFAULT, Importance.MEDIUM,
                        "The maximum duration in milliseconds that a failed operation will be reattempted. The"
                        + " default is 0, which means no retries will be attempted. Use -1 for infinite retries.",
                        ERROR_GROUP, 1, Width.MEDIUM, "Retry Timeout for Errors")
                .define(ERRORS_RETRY_MAX_DELAY_CONFIG, Type.LONG, ERRORS_RETRY_MAX_DELAY_DEFAULT, Importance.MEDIUM,
                        "The maximum duration in milliseconds between consecutive retry attempts. Jitter will be"
                        + " added to the delay once this limit is reached to prevent thundering herd issues.",
                        ERROR_GROUP, 2, Width.MEDIUM, "Maximum Delay Between Retries for Errors")
                .define(ERRORS_TOLERANCE_CONFIG, Type.STRING, ERRORS_TOLERANCE_NONE,
                        ConfigDef.ValidString.in(ERRORS_TOLERANCE_NONE, ERRORS_TOLERANCE_ALL), Importance.MEDIUM,
                        "Behavior for tolerating errors during connector operation. 'none' is the default value and"
                        + " signals that any error will result in an immediate connector task failure; 'all' changes"
                        + " the behavior to skip over problematic records.", ERROR_GROUP, 3, Width.SHORT,
                        "Error Tolerance")
                .define(ERRORS_LOG_ENABLE_CONFIG, Type.BOOLEAN, false, Importance.MEDIUM, "If true, write each"
                        + " error and the details of the failed operation and problematic record to the Connect"
                        + " application log. This is 'false' by default, so that only errors that are not tolerated"
                        + " are reported.", ERROR_GROUP, 4, Width.SHORT, "Log Errors")
                .define(ERRORS_LOG_INCLUDE_MESSAGES_CONFIG, Type.BOOLEAN, false, Importance.MEDIUM, "Whether to"
                        + " include in the log the Connect record that resulted in a failure. For sink records, the"
                        + " topic, partition, offset, and timestamp will be logged. For source records, the key and"
                        + " value (and their schemas), all headers, and the timestamp, Kafka topic, Kafka partition,"
                        + " source partition, and source offset will be logged. This is 'false' by default, which"
                        + " will prevent record keys, values, and headers from being written to log files.",
                        ERROR_GROUP, 5, Width.SHORT, "Log Error Details");
    }

    /**
     * {@code baseDef} plus, for each configured transformation and predicate, its type, version, predicate/negate
     * (transformations only) and its own keys under its prefix. Plugins that cannot be resolved contribute only
     * their type and version keys, so a validation can still report every key.
     */
    public static ConfigDef enrichedConfigDef(Plugins plugins, ConfigDef baseDef, Map<String, String> props) {
        return TransformsConfigDef.enrich(plugins, baseDef, props, false).def();
    }

    /** {@link #enrichedConfigDef(Plugins, ConfigDef, Map)} over the common connector settings. */
    public static ConfigDef enrichedConfigDef(Plugins plugins, Map<String, String> props) {
        return enrichedConfigDef(plugins, configDef(), props);
    }

    /**
     * Validates {@code props} against {@code baseDef} enriched with the plugin keys: one value per key of the
     * enriched definition, each with the errors that apply to it. Never throws for an invalid value.
     */
    public static Map<String, ConfigValue> validate(Plugins plugins, ConfigDef baseDef, Map<String, String> props) {
        return ConnectorConfigValidator.validate(plugins, baseDef, props);
    }

    public Plugins plugins() {
        return plugins;
    }

    /** The connector's settings as given (aliases unresolved, no defaults added). */
    @Override
    public Map<String, String> originalsStrings() {
        return new HashMap<>(props);
    }

    public String connectorName() {
        return getString(NAME_CONFIG);
    }

    public int tasksMax() {
        return getInt(TASKS_MAX_CONFIG);
    }

    public boolean enforceTasksMax() {
        return getBoolean(TASKS_MAX_ENFORCE_CONFIG);
    }

    public long errorRetryTimeout() {
        return getLong(ERRORS_RETRY_TIMEOUT_CONFIG);
    }

    public long errorMaxDelayInMillis() {
        return getLong(ERRORS_RETRY_MAX_DELAY_CONFIG);
    }

    /** True when {@code errors.tolerance=all}: failed records are skipped instead of failing the task. */
    public boolean toleratesAllErrors() {
        return ERRORS_TOLERANCE_ALL.equals(getString(ERRORS_TOLERANCE_CONFIG));
    }

    public boolean enableErrorLog() {
        return getBoolean(ERRORS_LOG_ENABLE_CONFIG);
    }

    public boolean includeRecordDetailsInErrorLog() {
        return getBoolean(ERRORS_LOG_INCLUDE_MESSAGES_CONFIG);
    }

    /** The transformation aliases in the order they apply, duplicates removed. */
    public List<String> transformAliases() {
        return List.copyOf(new java.util.LinkedHashSet<>(getList(TRANSFORMS_CONFIG)));
    }

    public List<String> predicateAliases() {
        return List.copyOf(new java.util.LinkedHashSet<>(getList(PREDICATES_CONFIG)));
    }

    /** The plugin behind {@code transforms.<alias>.type}, in the version its plugin.version setting asks for. */
    public PluginDesc transformationPlugin(String alias) {
        return plugin(TRANSFORMS_CONFIG, alias, PluginType.TRANSFORMATION);
    }

    /** The plugin behind {@code predicates.<alias>.type}, in the version its plugin.version setting asks for. */
    public PluginDesc predicatePlugin(String alias) {
        return plugin(PREDICATES_CONFIG, alias, PluginType.PREDICATE);
    }

    /** The predicate alias guarding a transformation, or null when it always applies. */
    public String transformationPredicate(String alias) {
        String predicate = getString(TRANSFORMS_PREFIX + alias + "." + TransformsConfigDef.PREDICATE);
        return predicate == null || predicate.isBlank() ? null : predicate.trim();
    }

    /** True when the transformation applies to records its predicate does not match. */
    public boolean transformationNegated(String alias) {
        return getBoolean(TRANSFORMS_PREFIX + alias + "." + TransformsConfigDef.NEGATE);
    }

    /** The settings under {@code prefix} with the prefix removed, as handed to a plugin's configure(). */
    public Map<String, String> settingsWithPrefix(String prefix) {
        Map<String, String> settings = new HashMap<>();
        props.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                settings.put(key.substring(prefix.length()), value);
            }
        });
        return settings;
    }

    private PluginDesc plugin(String listKey, String alias, PluginType type) {
        String typeKey = TransformsConfigDef.typeKey(listKey, alias);
        String value = props.get(typeKey);
        if (value == null || value.isBlank()) {
            throw new ConfigException(typeKey, value, "Not a " + (type == PluginType.PREDICATE ? "Predicate"
                    : "Transformation"));
        }
        String versionSpec = props.get(PluginVersionKeys.versionKeyFor(typeKey));
        return PluginResolver.resolve(plugins, typeKey, value, type, versionSpec);
    }

    static Map<String, String> withoutNulls(Map<String, String> props) {
        Map<String, String> copy = new HashMap<>();
        props.forEach((key, value) -> {
            if (key != null && value != null) {
                copy.put(key, value);
            }
        });
        return copy;
    }
}
