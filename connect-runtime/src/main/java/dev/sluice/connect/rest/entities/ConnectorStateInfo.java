/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.entities;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The status of a connector and its tasks: the body of GET /connectors/{name}/status. {@code trace} only appears
 * for a FAILED instance, while {@code version} is always written, null or not, as Apache does.
 */
@JsonPropertyOrder({"name", "connector", "tasks", "type"})
public record ConnectorStateInfo(@JsonProperty("name") String name,
                                 @JsonProperty("connector") ConnectorState connector,
                                 @JsonProperty("tasks") List<TaskState> tasks,
                                 @JsonProperty("type") ConnectorType type) {

    /** The connector instance's state, e.g. RUNNING, on the worker that runs it. */
    @JsonPropertyOrder({"state", "worker_id", "version", "trace"})
    public record ConnectorState(@JsonProperty("state") String state,
                                 @JsonProperty("worker_id") String workerId,
                                 @JsonProperty("version") String version,
                                 @JsonProperty("trace") @JsonInclude(JsonInclude.Include.NON_NULL) String trace) {
    }

    /** One task's state, e.g. RUNNING, on the worker that runs it. */
    @JsonPropertyOrder({"id", "state", "worker_id", "version", "trace"})
    public record TaskState(@JsonProperty("id") int id,
                            @JsonProperty("state") String state,
                            @JsonProperty("worker_id") String workerId,
                            @JsonProperty("version") String version,
                            @JsonProperty("trace") @JsonInclude(JsonInclude.Include.NON_NULL) String trace) {
    }
}
