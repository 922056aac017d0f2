/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.entities;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The body of GET /: the worker's version, build commit and the id of the Kafka cluster it works with. */
@JsonPropertyOrder({"version", "commit", "kafka_cluster_id"})
public record ServerInfo(@JsonProperty("version") String version,
                         @JsonProperty("commit") String commit,
                         @JsonProperty("kafka_cluster_id") String kafkaClusterId) {
}
