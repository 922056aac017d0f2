/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.health.ConnectClusterState;
import org.apache.kafka.connect.health.ConnectorHealth;
import org.apache.kafka.connect.rest.ConnectRestExtension;
import org.apache.kafka.connect.rest.ConnectRestExtensionContext;

/**
 * A REST extension as a third party would write one: it registers a resource that shows what
 * {@code clusterState()} reports and a filter that marks every response, and remembers how the worker configured
 * and closed it. {@code probe.fail.configure=true} makes its configure fail.
 */
public class ClusterStateProbeExtension implements ConnectRestExtension {

    volatile Map<String, ?> settings;
    volatile boolean closed;

    @Override
    public void configure(Map<String, ?> configs) {
        if ("true".equals(configs.get("probe.fail.configure"))) {
            throw new ConfigException("probe.fail.configure", "true", "asked to fail");
        }
        this.settings = configs;
    }

    @Override
    public void register(ConnectRestExtensionContext context) {
        context.configurable().register(new Probe(context.clusterState()));
        context.configurable().register((ContainerResponseFilter) (request, response) ->
                response.getHeaders().add("X-Probe", "seen"));
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public String version() {
        return "1.0";
    }

    /** Reads the cluster state on each request. */
    @Path("/probe")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Probe {

        private final ConnectClusterState cluster;

        Probe(ConnectClusterState cluster) {
            this.cluster = cluster;
        }

        @GET
        @Path("/connectors")
        public Collection<String> connectors() {
            return cluster.connectors();
        }

        @GET
        @Path("/health/{name}")
        public Map<String, Object> health(@PathParam("name") String name) {
            ConnectorHealth health = cluster.connectorHealth(name);
            Map<String, Object> tasks = new TreeMap<>();
            health.tasksState().forEach((id, task) -> tasks.put(String.valueOf(id),
                    task.taskId() + " " + task.state() + " on " + task.workerId()));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("name", health.name());
            answer.put("state", health.connectorState().state());
            answer.put("worker", health.connectorState().workerId());
            answer.put("trace", health.connectorState().traceMessage());
            answer.put("tasks", tasks);
            answer.put("type", health.type().toString());
            return answer;
        }

        @GET
        @Path("/config/{name}")
        public Map<String, String> config(@PathParam("name") String name) {
            return cluster.connectorConfig(name);
        }

        @GET
        @Path("/cluster")
        public String clusterId() {
            return "\"" + cluster.clusterDetails().kafkaClusterId() + "\"";
        }
    }
}
