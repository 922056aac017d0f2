/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.resources;

import dev.sluice.connect.metrics.PrometheusText;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/** GET /metrics: the worker's metrics, the ones JMX shows, in Prometheus' text format for a scraper. */
@Path("/metrics")
public final class MetricsResource {

    /**
     * Where the metrics come from: the worker's registry, read at each scrape. A type of its own, not a generic
     * {@code Supplier}, because Jersey checks the resource's constructor and warns about parameter types it cannot
     * resolve.
     */
    @FunctionalInterface
    public interface Source {
        Map<MetricName, ? extends Metric> metrics();
    }

    private final Source metrics;

    public MetricsResource(Source metrics) {
        this.metrics = metrics;
    }

    @GET
    public Response scrape() {
        return Response.ok(PrometheusText.format(metrics.metrics()), PrometheusText.CONTENT_TYPE).build();
    }
}
