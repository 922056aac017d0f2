/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import dev.sluice.connect.isolation.Plugins;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;

/**
 * Settings of a sink connector: the common ones plus the topics to consume ({@code topics} or
 * {@code topics.regex}, exactly one) and the dead letter queue.
 */
public class SinkConnectorConfig extends ConnectorConfig {

    public static final String TOPICS_CONFIG = "topics";
    public static final List<String> TOPICS_DEFAULT = List.of();
    public static final String TOPICS_REGEX_CONFIG = "topics.regex";
    public static final String TOPICS_REGEX_DEFAULT = "";
    public static final String DLQ_PREFIX = "errors.deadletterqueue.";
    public static final String DLQ_TOPIC_NAME_CONFIG = DLQ_PREFIX + "topic.name";
    public static final String DLQ_TOPIC_DEFAULT = "";
    public static final String DLQ_TOPIC_REPLICATION_FACTOR_CONFIG = DLQ_PREFIX + "topic.replication.factor";
    public static final short DLQ_TOPIC_REPLICATION_FACTOR_CONFIG_DEFAULT = 3;
    public static final String DLQ_CONTEXT_HEADERS_ENABLE_CONFIG = DLQ_PREFIX + "context.headers.enable";
    public static final boolean DLQ_CONTEXT_HEADERS_ENABLE_DEFAULT = false;

    static final String BOTH_TOPICS_MESSAGE =
            "topics and topics.regex are mutually exclusive options, but both are set.";
    static final String NO_TOPICS_MESSAGE = "Must configure one of topics or topics.regex";

    public SinkConnectorConfig(Plugins plugins, Map<String, String> props) {
        super(plugins, configDef(), props);
    }

    /** The common connector settings plus the sink ones. */
    public static ConfigDef configDef() {
        return ConnectorConfig.configDef()
                .define(TOPICS_CONFIG, Type.LIST, TOPICS_DEFAULT,
                        ConfigDef.ValidList.anyNonDuplicateValues(true, false),
                        Importance.HIGH, "List of topics to consume, separated by commas", COMMON_GROUP, 4,
                        Width.LONG, "Topics")
                .define(TOPICS_REGEX_CONFIG, Type.STRING, TOPICS_REGEX_DEFAULT, new RegexValidator(), Importance.HIGH,
                        "Regular expression giving topics to consume. Under the hood, the regex is compiled to a"
                        + " <code>java.util.regex.Pattern</code>. Only one of topics or topics.regex should be"
                        + " specified.", COMMON_GROUP, 4, Width.LONG, "Topics regex")
                .define(DLQ_TOPIC_NAME_CONFIG, Type.STRING, DLQ_TOPIC_DEFAULT, Importance.MEDIUM, "The name of the"
                        + " topic to be used as the dead letter queue (DLQ) for messages that result in an error when"
                        + " processed by this sink connector, or its transformations or converters. The topic name is"
                        + " blank by default, which means that no messages are to be recorded in the DLQ.",
                        ERROR_GROUP, 6, Width.MEDIUM, "Dead Letter Queue Topic Name")
                .define(DLQ_TOPIC_REPLICATION_FACTOR_CONFIG, Type.SHORT, DLQ_TOPIC_REPLICATION_FACTOR_CONFIG_DEFAULT,
                        Importance.MEDIUM, "Replication factor used to create the dead letter queue topic when it"
                        + " doesn't already exist.", ERROR_GROUP, 7, Width.MEDIUM,
                        "Dead Letter Queue Topic Replication Factor")
                .define(DLQ_CONTEXT_HEADERS_ENABLE_CONFIG, Type.BOOLEAN, DLQ_CONTEXT_HEADERS_ENABLE_DEFAULT,
                        Importance.MEDIUM, "If true, add headers containing error context to the messages written to"
                        + " the dead letter queue. To avoid clashing with headers from the original record, all error"
                        + " context header keys, all error context header keys will start with"
                        + " <code>__connect.errors.</code>", ERROR_GROUP, 8, Width.MEDIUM,
                        "Enable Error Context Headers");
    }

    /** The sink definition plus the keys of the configured transformations and predicates. */
    public static ConfigDef enrichedConfigDef(Plugins plugins, Map<String, String> props) {
        return ConnectorConfig.enrichedConfigDef(plugins, configDef(), props);
    }

    /** Every key of the enriched sink definition with its errors, including the topics/DLQ rules. */
    public static Map<String, ConfigValue> validateAll(Plugins plugins, Map<String, String> props) {
        Map<String, ConfigValue> values = ConnectorConfig.validate(plugins, configDef(), props);
        validate(props, values);
        return values;
    }

    /**
     * Checks the topic rules: exactly one of topics and topics.regex, and the dead letter queue topic not among
     * the consumed topics.
     *
     * @throws ConfigException naming the offending key
     */
    public static void validate(Map<String, String> props) {
        String problemKey = null;
        String problem = null;
        boolean hasTopics = hasTopicsConfig(props);
        boolean hasRegex = hasTopicsRegexConfig(props);
        if (hasTopics && hasRegex) {
            problemKey = TOPICS_CONFIG;
            problem = BOTH_TOPICS_MESSAGE;
        } else if (!hasTopics && !hasRegex) {
            problemKey = TOPICS_CONFIG;
            problem = NO_TOPICS_MESSAGE;
        } else if (hasDlqTopicConfig(props)) {
            problemKey = hasTopics ? TOPICS_CONFIG : TOPICS_REGEX_CONFIG;
            problem = dlqProblem(props, hasTopics);
        }
        if (problem != null) {
            throw new ConfigException(problemKey, props.get(problemKey), problem);
        }
    }

    /** Like {@link #validate(Map)}, but adds the problems to {@code values} instead of throwing. */
    public static void validate(Map<String, String> props, Map<String, ConfigValue> values) {
        boolean hasTopics = hasTopicsConfig(props);
        boolean hasRegex = hasTopicsRegexConfig(props);
        if (hasTopics && hasRegex) {
            addError(values, TOPICS_CONFIG, BOTH_TOPICS_MESSAGE);
            addError(values, TOPICS_REGEX_CONFIG, BOTH_TOPICS_MESSAGE);
        } else if (!hasTopics && !hasRegex) {
            addError(values, TOPICS_CONFIG, NO_TOPICS_MESSAGE);
            addError(values, TOPICS_REGEX_CONFIG, NO_TOPICS_MESSAGE);
        } else if (hasDlqTopicConfig(props)) {
            String problem = dlqProblem(props, hasTopics);
            if (problem != null) {
                addError(values, hasTopics ? TOPICS_CONFIG : TOPICS_REGEX_CONFIG, problem);
            }
        }
    }

    public static boolean hasTopicsConfig(Map<String, String> props) {
        String topics = props.get(TOPICS_CONFIG);
        return topics != null && !topics.isBlank();
    }

    public static boolean hasTopicsRegexConfig(Map<String, String> props) {
        String regex = props.get(TOPICS_REGEX_CONFIG);
        return regex != null && !regex.isBlank();
    }

    public static boolean hasDlqTopicConfig(Map<String, String> props) {
        String dlq = props.get(DLQ_TOPIC_NAME_CONFIG);
        return dlq != null && !dlq.isBlank();
    }

    /** The topics of the {@code topics} setting, trimmed, without empty entries. */
    public static List<String> parseTopicsList(Map<String, String> props) {
        List<String> topics = new ArrayList<>();
        String value = props.get(TOPICS_CONFIG);
        if (value != null) {
            for (String topic : value.split(",")) {
                if (!topic.isBlank()) {
                    topics.add(topic.trim());
                }
            }
        }
        return topics;
    }

    public List<String> topics() {
        return getList(TOPICS_CONFIG);
    }

    public String topicsRegex() {
        return getString(TOPICS_REGEX_CONFIG);
    }

    public String dlqTopicName() {
        return getString(DLQ_TOPIC_NAME_CONFIG).trim();
    }

    public short dlqTopicReplicationFactor() {
        return getShort(DLQ_TOPIC_REPLICATION_FACTOR_CONFIG);
    }

    public boolean isDlqContextHeadersEnabled() {
        return getBoolean(DLQ_CONTEXT_HEADERS_ENABLE_CONFIG);
    }

    /** True when failed records have somewhere to go: a dead letter queue or the error log. */
    public boolean enableErrantRecordReporter() {
        return !dlqTopicName().isEmpty() || enableErrorLog();
    }

    private static String dlqProblem(Map<String, String> props, boolean hasTopics) {
        String dlq = props.get(DLQ_TOPIC_NAME_CONFIG).trim();
        if (hasTopics) {
            List<String> topics = parseTopicsList(props);
            return topics.contains(dlq) ? "The DLQ topic '" + dlq + "' may not be included in the list of topics ('"
                    + TOPICS_CONFIG + "=" + topics + "') consumed by the connector" : null;
        }
        String regex = props.get(TOPICS_REGEX_CONFIG).trim();
        try {
            return Pattern.compile(regex).matcher(dlq).matches() ? "The DLQ topic '" + dlq + "' may not be matched by"
                    + " the regex for the topics ('" + TOPICS_REGEX_CONFIG + "=" + regex
                    + "') consumed by the connector" : null;
        } catch (PatternSyntaxException invalidRegexReportedElsewhere) {
            return null;
        }
    }

    private static void addError(Map<String, ConfigValue> values, String key, String message) {
        values.computeIfAbsent(key, ConfigValue::new).addErrorMessage(message);
    }

    /** Accepts an empty string or a compilable Java regular expression. */
    static final class RegexValidator implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            if (value == null) {
                return;
            }
            try {
                Pattern.compile(value.toString());
            } catch (PatternSyntaxException e) {
                throw new ConfigException(name, value, "Invalid regex: " + e.getMessage());
            }
        }

        @Override
        public String toString() {
            return "valid regex";
        }
    }
}
