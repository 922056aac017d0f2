/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.transforms.util.SimpleConfig;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renames the topic from a template holding {@code ${topic}} and {@code ${timestamp}}, the latter being the
 * record timestamp formatted in UTC. The topic is substituted first, so a topic name that itself contains
 * {@code ${timestamp}} gets the date too.
 *
 * @param <R> the record type
 */
public class TimestampRouter<R extends ConnectRecord<R>> implements Transformation<R>, AutoCloseable {

    private static final Pattern TOPIC = Pattern.compile("${topic}", Pattern.LITERAL);

    private static final Pattern TIMESTAMP = Pattern.compile("${timestamp}", Pattern.LITERAL);

    public static final String OVERVIEW_DOC = "Update the record's topic field as a function of the original topic "
            + "value and the record timestamp.<p/>This is mainly useful for sink connectors, since the topic field "
            + "is often used to determine the equivalent entity name in the destination system(e.g. database table "
            + "or search index name).";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(ConfigName.TOPIC_FORMAT, ConfigDef.Type.STRING, "${topic}-${timestamp}",
                    ConfigDef.Importance.HIGH, "Format string which can contain <code>${topic}</code> and "
                            + "<code>${timestamp}</code> as placeholders for the topic and timestamp, respectively.")
            .define(ConfigName.TIMESTAMP_FORMAT, ConfigDef.Type.STRING, "yyyyMMdd", ConfigDef.Importance.HIGH,
                    "Format string for the timestamp that is compatible with "
                            + "<code>java.text.SimpleDateFormat</code>.");

    interface ConfigName {
        String TOPIC_FORMAT = "topic.format";
        String TIMESTAMP_FORMAT = "timestamp.format";
    }

    private String topicFormat;

    // SimpleDateFormat is not thread-safe; the pattern is only checked when a thread first formats a timestamp.
    private ThreadLocal<SimpleDateFormat> timestampFormat;

    @Override
    public String version() {
        return AppInfoParser.getVersion();
    }

    @Override
    public void configure(Map<String, ?> props) {
        SimpleConfig config = new SimpleConfig(CONFIG_DEF, props);
        this.topicFormat = config.getString(ConfigName.TOPIC_FORMAT);
        String pattern = config.getString(ConfigName.TIMESTAMP_FORMAT);
        this.timestampFormat = ThreadLocal.withInitial(() -> {
            SimpleDateFormat format = new SimpleDateFormat(pattern);
            format.setTimeZone(TimeZone.getTimeZone("UTC"));
            return format;
        });
    }

    @Override
    public R apply(R record) {
        Long timestamp = record.timestamp();
        if (timestamp == null) {
            throw new DataException("Timestamp missing on record: " + record);
        }
        String formattedTimestamp = timestampFormat.get().format(new Date(timestamp));
        String withTopic = TOPIC.matcher(topicFormat).replaceAll(Matcher.quoteReplacement(record.topic()));
        String topic = TIMESTAMP.matcher(withTopic).replaceAll(Matcher.quoteReplacement(formattedTimestamp));
        return record.newRecord(topic, record.kafkaPartition(), record.keySchema(), record.key(),
                record.valueSchema(), record.value(), timestamp);
    }

    @Override
    public void close() {
        if (timestampFormat != null) {
            timestampFormat.remove();
        }
    }

    @Override
    public ConfigDef config() {
        return CONFIG_DEF;
    }
}
