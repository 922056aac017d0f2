/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.entities;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The body of GET /: the Kafka Connect version this worker is compatible with (what clients check), the commit the
 * worker was built from, the id of the Kafka cluster it works with, and, added to Apache's fields, which runtime
 * answers and its own version.
 */
@JsonPropertyOrder({"version", "commit", "kafka_cluster_id", "runtime", "runtime_version"})
public record ServerInfo(@JsonProperty("version") String version,
                         @JsonProperty("commit") String commit,
                         @JsonProperty("kafka_cluster_id") String kafkaClusterId,
                         @JsonProperty("runtime") String runtime,
                         @JsonProperty("runtime_version") String runtimeVersion) {
}
