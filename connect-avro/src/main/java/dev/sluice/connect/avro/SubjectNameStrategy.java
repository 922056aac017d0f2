/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.avro;

import java.util.Locale;

import org.apache.avro.Schema;
import org.apache.kafka.common.config.ConfigException;

/**
 * The subject a schema is registered under, chosen by the class names users already write in
 * {@code key.subject.name.strategy} and {@code value.subject.name.strategy}; the classes themselves are not needed.
 */
enum SubjectNameStrategy {
    /** {@code <topic>-key} or {@code <topic>-value}: one schema history per topic (the default). */
    TOPIC_NAME("io.confluent.kafka.serializers.subject.TopicNameStrategy"),
    /** The record's full name: one history per record type, shared by every topic. */
    RECORD_NAME("io.confluent.kafka.serializers.subject.RecordNameStrategy"),
    /** {@code <topic>-<record full name>}: per record type within a topic. */
    TOPIC_RECORD_NAME("io.confluent.kafka.serializers.subject.TopicRecordNameStrategy");

    private final String className;

    SubjectNameStrategy(String className) {
        this.className = className;
    }

    String className() {
        return className;
    }

    /** The strategy a config names, by class name or simple name (case-insensitive). */
    static SubjectNameStrategy named(String key, String value) {
        String simple = value.substring(value.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        for (SubjectNameStrategy strategy : values()) {
            String strategySimple = strategy.className.substring(strategy.className.lastIndexOf('.') + 1);
            if (strategy.className.equals(value) || strategySimple.toLowerCase(Locale.ROOT).equals(simple)) {
                return strategy;
            }
        }
        throw new ConfigException(key, value, "not a subject name strategy; use one of "
                + TOPIC_NAME.className + ", " + RECORD_NAME.className + ", " + TOPIC_RECORD_NAME.className);
    }

    String subject(String topic, boolean isKey, Schema schema) {
        return switch (this) {
            case TOPIC_NAME -> topic + (isKey ? "-key" : "-value");
            case RECORD_NAME -> recordName(schema);
            case TOPIC_RECORD_NAME -> topic + "-" + recordName(schema);
        };
    }

    /**
     * The subject of a header's schema. Headers have no subject of Confluent's to follow; under the topic name
     * strategy each header key gets its own, {@code <topic>-<header key>-header}, so header schemas never mix
     * with the value's history.
     */
    String headerSubject(String topic, String headerKey, Schema schema) {
        return this == TOPIC_NAME ? topic + "-" + headerKey + "-header" : subject(topic, false, schema);
    }

    /** A named type's full name; a primitive's type name (a union: its non-null branch's), as Confluent names them. */
    private static String recordName(Schema schema) {
        Schema named = schema;
        if (schema.getType() == Schema.Type.UNION) {
            for (Schema branch : schema.getTypes()) {
                if (branch.getType() != Schema.Type.NULL) {
                    named = branch;
                    break;
                }
            }
        }
        return switch (named.getType()) {
            case RECORD, ENUM, FIXED -> named.getFullName();
            default -> named.getType().getName();
        };
    }
}
