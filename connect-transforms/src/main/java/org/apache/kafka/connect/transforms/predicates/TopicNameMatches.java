/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms.predicates;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.transforms.util.RegexValidator;
import org.apache.kafka.connect.transforms.util.SimpleConfig;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Matches records whose whole topic name matches the configured regular expression. Records without a topic
 * never match.
 *
 * @param <R> the record type
 */
public class TopicNameMatches<R extends ConnectRecord<R>> implements Predicate<R> {

    private static final String PATTERN_CONFIG = "pattern";

    public static final String OVERVIEW_DOC =
            "A predicate which is true for records with a topic name that matches the configured regular expression.";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(PATTERN_CONFIG, ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                    ConfigDef.CompositeValidator.of(new ConfigDef.NonEmptyString(), new RegexValidator()),
                    ConfigDef.Importance.MEDIUM,
                    "A Java regular expression for matching against the name of a record's topic.");

    private Pattern pattern;

    @Override
    public String version() {
        return AppInfoParser.getVersion();
    }

    @Override
    public ConfigDef config() {
        return CONFIG_DEF;
    }

    @Override
    public boolean test(R record) {
        String topic = record.topic();
        return topic != null && pattern.matcher(topic).matches();
    }

    @Override
    public void close() {
    }

    @Override
    public void configure(Map<String, ?> configs) {
        // The validator has already proven the pattern compiles.
        this.pattern = Pattern.compile(new SimpleConfig(config(), configs).getString(PATTERN_CONFIG));
    }

    @Override
    public String toString() {
        return "TopicNameMatches{pattern=" + pattern + "}";
    }
}
