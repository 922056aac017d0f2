/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.InvalidReplicationFactorException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure an internal topic exists and can be trusted before a journal reads it: creates it when missing (a
 * concurrent creator winning the race is fine), then checks the topic as it is, because one created by hand or by
 * an older tool may not match. A config topic with more than one partition is refused, since its records are only
 * ordered within one partition; any internal topic that is not compacted only is refused, since deletion would
 * eventually lose configs, offsets or statuses. When the worker may not create topics or read topic settings,
 * the checks it cannot make are skipped with a warning.
 */
public final class InternalTopics {

    private static final Logger log = LoggerFactory.getLogger(InternalTopics.class);

    private static final Duration METADATA_BACKOFF = Duration.ofMillis(100);

    private final Admin admin;
    private final Duration timeout;

    /** Uses {@code admin}, which the caller owns; each step waits at most {@code timeout}. */
    public InternalTopics(Admin admin, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    /**
     * Creates the topic unless it exists, then verifies it.
     *
     * @throws ConfigException  when the existing topic is not fit for its purpose (message names topic and setting)
     * @throws ConnectException when the topic neither exists nor can be created
     */
    public void ensure(InternalTopicSpec spec) {
        create(spec);
        verifyPartitions(spec);
        verifyCleanupPolicy(spec);
    }

    private void create(InternalTopicSpec spec) {
        NewTopic topic = new NewTopic(spec.name(), optional(spec.partitions()), optional(spec.replicationFactor()))
                .configs(spec.configs());
        try {
            await(admin.createTopics(List.of(topic)).all());
            log.info("Created internal topic {} ({}) with {} partitions, replication factor {}, settings {}",
                    spec.name(), spec.topicSetting(), describe(spec.partitions()),
                    describe(spec.replicationFactor()), spec.configs());
        } catch (TopicExistsException e) {
            log.debug("Internal topic {} already exists", spec.name());
        } catch (InvalidReplicationFactorException e) {
            throw new ConnectException("Could not create topic '" + spec.name() + "' (" + spec.topicSetting()
                    + ") with replication factor " + spec.replicationFactor() + ": " + e.getMessage()
                    + " Set '" + replicationSetting(spec) + "' to at most the number of brokers, or -1 for the"
                    + " broker's default.", e);
        } catch (ClusterAuthorizationException | TopicAuthorizationException | UnsupportedVersionException e) {
            log.warn("Not allowed to create internal topic {} ({}); expecting it to exist: {}", spec.name(),
                    spec.topicSetting(), e.getMessage());
        }
    }

    private void verifyPartitions(InternalTopicSpec spec) {
        TopicDescription description;
        try {
            description = describeWhenVisible(spec);
        } catch (TopicAuthorizationException e) {
            log.warn("Not allowed to describe internal topic {}; cannot check its partitions", spec.name());
            return;
        }
        int partitions = description.partitions().size();
        if (spec.singlePartition() && partitions != 1) {
            throw new ConfigException("Topic '" + spec.name() + "' supplied via the '" + spec.topicSetting()
                    + "' property must have exactly one partition so that connector configurations stay in order,"
                    + " but it has " + partitions + ". Point '" + spec.topicSetting() + "' at a topic with a single"
                    + " partition (a new name is created automatically).");
        }
    }

    /** Describes the topic, waiting out the moment after creation when brokers do not know it yet. */
    private TopicDescription describeWhenVisible(InternalTopicSpec spec) {
        return whenVisible(spec, () -> admin.describeTopics(List.of(spec.name())).allTopicNames())
                .get(spec.name());
    }

    /**
     * Asks about a topic until a broker knows it: right after its creation the broker answering may not have the
     * metadata yet (on a cluster of several, each learns of it on its own), which reads as "unknown topic".
     */
    private <T> T whenVisible(InternalTopicSpec spec, Supplier<KafkaFuture<T>> request) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return await(request.get());
            } catch (UnknownTopicOrPartitionException e) {
                if (System.nanoTime() - deadline >= 0) {
                    throw new ConnectException("Topic '" + spec.name() + "' supplied via the '" + spec.topicSetting()
                            + "' property does not exist and could not be created", e);
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(METADATA_BACKOFF.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while waiting for an internal topic", e);
        }
    }

    private void verifyCleanupPolicy(InternalTopicSpec spec) {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, spec.name());
        Config config;
        try {
            config = whenVisible(spec, () -> admin.describeConfigs(List.of(resource)).all()).get(resource);
        } catch (TopicAuthorizationException | ClusterAuthorizationException | UnsupportedVersionException e) {
            log.warn("Not allowed to read the settings of internal topic {}; cannot check that it is compacted",
                    spec.name());
            return;
        }
        ConfigEntry entry = config == null ? null : config.get(TopicConfig.CLEANUP_POLICY_CONFIG);
        String policy = entry == null || entry.value() == null ? "" : entry.value();
        Set<String> policies = Set.of(policy.replace(" ", "").toLowerCase(java.util.Locale.ROOT).split(","));
        if (!policies.equals(Set.of(TopicConfig.CLEANUP_POLICY_COMPACT))) {
            throw new ConfigException("Topic '" + spec.name() + "' supplied via the '" + spec.topicSetting()
                    + "' property must have 'cleanup.policy=compact', but it has 'cleanup.policy=" + policy
                    + "'; records would eventually be deleted and connectors would lose their configurations,"
                    + " offsets or statuses. Change the topic's setting, or point '" + spec.topicSetting()
                    + "' at a compacted topic.");
        }
    }

    private <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while setting up an internal topic", e);
        } catch (TimeoutException e) {
            throw new ConnectException("Timed out after " + timeout + " setting up an internal topic", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new ConnectException(e.getCause());
        }
    }

    private static String replicationSetting(InternalTopicSpec spec) {
        String setting = spec.topicSetting();
        String prefix = setting.equals("offsets.storage.topic") ? InternalTopicSpec.OFFSETS_PREFIX
                : setting.substring(0, setting.length() - "topic".length());
        return prefix + "replication.factor";
    }

    private static Optional<Integer> optional(int value) {
        return value == -1 ? Optional.empty() : Optional.of(value);
    }

    private static Optional<Short> optional(short value) {
        return value == -1 ? Optional.empty() : Optional.of(value);
    }

    private static String describe(int value) {
        return value == -1 ? "the broker's default" : Integer.toString(value);
    }
}
