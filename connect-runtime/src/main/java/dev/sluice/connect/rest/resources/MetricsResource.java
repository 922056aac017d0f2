/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.resources;

import dev.sluice.connect.metrics.PrometheusText;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/** GET /metrics: the worker's metrics, the ones JMX shows, in Prometheus' text format for a scraper. */
@Path("/metrics")
public final class MetricsResource {

    private final Supplier<Map<MetricName, ? extends Metric>> metrics;

    public MetricsResource(Supplier<Map<MetricName, ? extends Metric>> metrics) {
        this.metrics = metrics;
    }

    @GET
    public Response scrape() {
        return Response.ok(PrometheusText.format(metrics.get()), PrometheusText.CONTENT_TYPE).build();
    }
}
