/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.worker.source.ActiveTopicListener;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The topics each connector's tasks have written to since the connector was created or its topics reset. Fed by
 * the source runners from their own threads, so it is safe for concurrent use.
 */
public final class ActiveTopics implements ActiveTopicListener {

    private final Map<String, Set<String>> byConnector = new ConcurrentHashMap<>();

    @Override
    public void onTopicUsed(ConnectorTaskId task, String topic) {
        byConnector.computeIfAbsent(task.connector(), name -> ConcurrentHashMap.newKeySet()).add(topic);
    }

    /** The connector's topics, sorted. */
    public Set<String> topics(String connector) {
        return new TreeSet<>(byConnector.getOrDefault(connector, Set.of()));
    }

    public void reset(String connector) {
        byConnector.remove(connector);
    }
}
