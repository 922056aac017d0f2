/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the worker properties nothing reads, so a typo such as {@code offset.flush.intervall.ms} is reported
 * instead of silently ignored. Keys the worker hands on are not unknown: top-level Kafka client settings
 * (security.protocol, sasl.*, ...) go to the worker's own clients, and the prefixes below go to per-role clients,
 * converters, listeners, config providers and metrics reporters.
 */
final class UnknownWorkerKeys {

    private static final Logger log = LoggerFactory.getLogger(WorkerConfig.class);

    static final List<String> PASSTHROUGH_PREFIXES = List.of(
            "producer.", "consumer.", "admin.",
            "listeners.https.", "listeners.http.", "admin.listeners.https.", "admin.listeners.http.",
            WorkerConfig.CONFIG_PROVIDERS_CONFIG + ".",
            WorkerConfig.KEY_CONVERTER_CLASS_CONFIG + ".", WorkerConfig.VALUE_CONVERTER_CLASS_CONFIG + ".",
            WorkerConfig.HEADER_CONVERTER_CLASS_CONFIG + ".",
            CommonClientConfigs.METRICS_CONTEXT_PREFIX,
            WorkerConfig.CONNECTOR_CLIENT_POLICY_CLASS_CONFIG + ".");

    /** Read by the Allowlist client override policy, which is configured with the worker properties. */
    private static final Set<String> POLICY_KEYS = Set.of("connector.client.config.override.allowlist");

    private UnknownWorkerKeys() {
    }

    /** The keys of {@code supplied} that neither {@code definition} nor any pass-through accounts for, sorted. */
    static SortedSet<String> find(ConfigDef definition, Collection<String> supplied) {
        Set<String> defined = definition.names();
        SortedSet<String> unknown = new TreeSet<>();
        for (String key : supplied) {
            if (!defined.contains(key) && !isPassedOn(key)) {
                unknown.add(key);
            }
        }
        return Collections.unmodifiableSortedSet(unknown);
    }

    /** One warning for all unknown keys, nothing when there are none. */
    static void warn(String configName, Set<String> unknownKeys) {
        if (!unknownKeys.isEmpty()) {
            log.warn("The {} contains keys that the worker does not use; they are ignored: {}", configName,
                    String.join(", ", unknownKeys));
        }
    }

    private static boolean isPassedOn(String key) {
        if (POLICY_KEYS.contains(key)
                || ProducerConfig.configNames().contains(key)
                || ConsumerConfig.configNames().contains(key)
                || AdminClientConfig.configNames().contains(key)) {
            return true;
        }
        for (String prefix : PASSTHROUGH_PREFIXES) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
