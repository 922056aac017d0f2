/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.extension;

import dev.sluice.connect.domain.ConnectorStatus;
import dev.sluice.connect.domain.TaskStatus;
import dev.sluice.connect.herder.ConnectorReport;
import dev.sluice.connect.herder.Herder;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.health.ConnectClusterDetails;
import org.apache.kafka.connect.health.ConnectClusterState;
import org.apache.kafka.connect.health.ConnectorHealth;
import org.apache.kafka.connect.health.ConnectorState;
import org.apache.kafka.connect.health.TaskState;

/**
 * The cluster as REST extensions see it: connector names, statuses and configs as the herder reports them (waiting
 * at most the REST request timeout), and the Kafka cluster id. A connector the herder does not know is the herder's
 * {@code NotFoundException}; any other failure is a {@link ConnectException} saying what could not be read.
 */
final class HerderClusterState implements ConnectClusterState {

    private final Herder herder;
    private final Duration timeout;

    HerderClusterState(Herder herder, Duration timeout) {
        this.herder = herder;
        this.timeout = timeout;
    }

    @Override
    public Collection<String> connectors() {
        return List.copyOf(await(herder.connectors(), "the connector names"));
    }

    @Override
    public ConnectorHealth connectorHealth(String connName) {
        ConnectorReport report = await(herder.connectorStatus(connName), "the status of connector " + connName);
        ConnectorStatus connector = report.connector();
        Map<Integer, TaskState> tasks = new HashMap<>();
        for (TaskStatus task : report.tasks()) {
            tasks.put(task.id().task(), new TaskState(task.id().task(), task.state().name(), task.workerId(),
                    task.trace()));
        }
        return new ConnectorHealth(connName,
                new ConnectorState(connector.state().name(), connector.workerId(), connector.trace()),
                tasks, report.type());
    }

    @Override
    public Map<String, String> connectorConfig(String connName) {
        return Map.copyOf(await(herder.connectorConfig(connName), "the config of connector " + connName));
    }

    @Override
    public ConnectClusterDetails clusterDetails() {
        return herder::kafkaClusterId;
    }

    private <T> T await(CompletableFuture<T> answer, String what) {
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ConnectException known) {
                throw known;
            }
            throw new ConnectException("Failed to retrieve " + what, e.getCause());
        } catch (TimeoutException e) {
            throw new ConnectException("Timed out after " + timeout.toMillis() + " ms retrieving " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while retrieving " + what, e);
        }
    }
}
