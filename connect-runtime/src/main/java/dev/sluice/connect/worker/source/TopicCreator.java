/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.source;

import dev.sluice.connect.config.SourceConnectorConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics a source task writes to, before its first record goes to each, with the settings of the
 * {@code topic.creation.*} group that claims the topic: the first declared group whose include patterns match and
 * whose exclude patterns do not, else the default group. A topic the default group excludes is left alone. Topics
 * already handled are remembered, so the per-record check is one set lookup. Used from the task's thread only.
 */
public final class TopicCreator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TopicCreator.class);

    /** The settings of one group, with its patterns compiled once. */
    record Group(String name, Pattern include, Pattern exclude, Optional<Integer> partitions,
                 Optional<Short> replicationFactor, Map<String, String> topicConfigs) {

        boolean claims(String topic) {
            return include.matcher(topic).matches() && !exclude.matcher(topic).matches();
        }
    }

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final Admin admin;
    private final List<Group> declaredGroups;
    private final Group defaultGroup;
    private final Set<String> handled = new HashSet<>();

    TopicCreator(Admin admin, List<Group> declaredGroups, Group defaultGroup) {
        this.admin = admin;
        this.declaredGroups = List.copyOf(declaredGroups);
        this.defaultGroup = defaultGroup;
    }

    /**
     * A creator for the connector's groups, or null when the connector does not use topic creation (or the
     * worker's {@code topic.creation.enable} is false, which the config already reflects).
     *
     * @param admin closed by {@link #close()}; ignored (and left open) when null is returned
     */
    public static TopicCreator forConnector(SourceConnectorConfig config, Admin admin) {
        if (!config.usesTopicCreation()) {
            return null;
        }
        List<Group> declared = new ArrayList<>();
        Group defaultGroup = null;
        for (String name : config.topicCreationGroups()) {
            Group group = group(config, name);
            if (name.equals(SourceConnectorConfig.DEFAULT_TOPIC_CREATION_GROUP)) {
                defaultGroup = group;
            } else {
                declared.add(group);
            }
        }
        return new TopicCreator(admin, declared, defaultGroup);
    }

    private static Group group(SourceConnectorConfig config, String name) {
        Map<String, String> topicConfigs = new HashMap<>();
        config.topicCreationOtherConfigs(name).forEach((key, value) -> topicConfigs.put(key, String.valueOf(value)));
        Integer partitions = config.topicCreationPartitions(name);
        Short replication = config.topicCreationReplicationFactor(name);
        return new Group(name, anyOf(config.topicCreationInclude(name)), anyOf(config.topicCreationExclude(name)),
                partitions == null || partitions == -1 ? Optional.empty() : Optional.of(partitions),
                replication == null || replication == -1 ? Optional.empty() : Optional.of(replication),
                Map.copyOf(topicConfigs));
    }

    private static Pattern anyOf(List<String> regexes) {
        if (regexes == null || regexes.isEmpty()) {
            // Matches no topic name at all.
            return Pattern.compile("(?!)");
        }
        return Pattern.compile(String.join("|", regexes.stream().map(r -> "(?:" + r + ")").toList()));
    }

    /**
     * Makes sure {@code topic} exists if a group claims it.
     *
     * @throws ConnectException when the topic could not be looked up or created
     */
    public void ensureTopic(String topic) {
        if (handled.contains(topic)) {
            return;
        }
        Group group = groupFor(topic);
        if (group == null) {
            log.debug("Topic '{}' matches no topic creation group; not creating it", topic);
        } else if (!exists(topic)) {
            create(topic, group);
        }
        handled.add(topic);
    }

    /** The group whose settings a new topic of this name gets, or null when none claims it. */
    Group groupFor(String topic) {
        for (Group group : declaredGroups) {
            if (group.claims(topic)) {
                return group;
            }
        }
        return defaultGroup != null && defaultGroup.claims(topic) ? defaultGroup : null;
    }

    private boolean exists(String topic) {
        try {
            admin.describeTopics(List.of(topic)).allTopicNames().get();
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return false;
            }
            throw new ConnectException("Failed to look up topic '" + topic + "' before creating it", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while looking up topic '" + topic + "'", e);
        }
    }

    private void create(String topic, Group group) {
        NewTopic newTopic = new NewTopic(topic, group.partitions(), group.replicationFactor())
                .configs(group.topicConfigs());
        try {
            admin.createTopics(List.of(newTopic)).all().get();
            log.info("Created topic '{}' using creation group {}", topic, group.name());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                log.debug("Topic '{}' was created concurrently", topic);
                return;
            }
            throw new ConnectException("Failed to create topic '" + topic + "' with the settings of topic creation"
                    + " group " + group.name(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while creating topic '" + topic + "'", e);
        }
    }

    @Override
    public void close() {
        admin.close(CLOSE_TIMEOUT);
    }
}
