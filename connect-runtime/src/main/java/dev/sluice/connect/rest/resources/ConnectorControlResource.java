/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.resources;

import dev.sluice.connect.domain.RestartRequest;
import dev.sluice.connect.herder.BadRequestException;
import dev.sluice.connect.herder.Herder;
import dev.sluice.connect.rest.Entities;
import dev.sluice.connect.rest.ForwardableRequest;
import dev.sluice.connect.rest.Forwarding;
import dev.sluice.connect.rest.HerderCalls;
import dev.sluice.connect.rest.entities.ActiveTopicsInfo;
import dev.sluice.connect.rest.entities.ConnectorOffsets;
import dev.sluice.connect.rest.entities.ConnectorStateInfo;
import dev.sluice.connect.rest.entities.Message;
import dev.sluice.connect.rest.entities.RecordPreviewInfo;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.connect.errors.NotFoundException;

/**
 * /connectors/N/…: pause, resume, stop and restart a connector or a task, and its topics and offsets.
 *
 * <p>Every write takes an optional {@code forward} parameter. Which worker serves it is the herder's call: stop,
 * offsets and restarts with {@code includeTasks}/{@code onlyFailed} go to the leader, plain restarts to the worker
 * running the connector or task; pause, resume and topic resets are served where they arrive in Apache, and are
 * forwarded only if the herder says otherwise.
 */
@Path("/connectors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ConnectorControlResource {

    private static final String FORWARD = "forward";

    private final Herder herder;
    private final HerderCalls calls;
    private final Forwarding forwarding;

    /** Answers for {@code herder}, waiting through {@code calls}; writes go elsewhere through {@code forwarding}. */
    public ConnectorControlResource(Herder herder, HerderCalls calls, Forwarding forwarding) {
        this.herder = herder;
        this.calls = calls;
        this.forwarding = forwarding;
    }

    /** Pauses: 202. */
    @PUT
    @Path("{connector}/pause")
    public Response pause(@PathParam("connector") String connector, @QueryParam(FORWARD) Boolean forward,
                          @Context UriInfo uriInfo) {
        return forwarding.serve(ForwardableRequest.of("PUT", uriInfo, forward), () -> {
            calls.await(herder.pauseConnector(connector));
            return Response.accepted().build();
        });
    }

    /** Resumes: 202. */
    @PUT
    @Path("{connector}/resume")
    public Response resume(@PathParam("connector") String connector, @QueryParam(FORWARD) Boolean forward,
                           @Context UriInfo uriInfo) {
        return forwarding.serve(ForwardableRequest.of("PUT", uriInfo, forward), () -> {
            calls.await(herder.resumeConnector(connector));
            return Response.accepted().build();
        });
    }

    /** Stops the connector and its tasks: 204. */
    @PUT
    @Path("{connector}/stop")
    public Response stop(@PathParam("connector") String connector, @QueryParam(FORWARD) Boolean forward,
                         @Context UriInfo uriInfo) {
        return forwarding.serve(ForwardableRequest.of("PUT", uriInfo, forward), () -> {
            calls.await(herder.stopConnector(connector));
            return Response.noContent().build();
        });
    }

    /**
     * Restarts the connector: 204 for the plain restart; 202 with the status (instances being restarted read
     * RESTARTING) when {@code includeTasks} or {@code onlyFailed} is set.
     */
    @POST
    @Path("{connector}/restart")
    public Response restart(@PathParam("connector") String connector,
                            @QueryParam("includeTasks") @DefaultValue("false") boolean includeTasks,
                            @QueryParam("onlyFailed") @DefaultValue("false") boolean onlyFailed,
                            @QueryParam(FORWARD) Boolean forward, @Context UriInfo uriInfo) {
        RestartRequest request = new RestartRequest(connector, onlyFailed, includeTasks);
        return forwarding.serve(ForwardableRequest.of("POST", uriInfo, forward), () -> {
            Optional<ConnectorStateInfo> status = calls.await(herder.restartConnector(request))
                    .map(Entities::stateInfo);
            if (request.connectorOnly()) {
                return Response.noContent().build();
            }
            ConnectorStateInfo body = status.orElseThrow(
                    () -> new NotFoundException("Status for connector " + connector + " not found"));
            return Response.accepted(body).build();
        });
    }

    /** Restarts one task: 204. */
    @POST
    @Path("{connector}/tasks/{task}/restart")
    public Response restartTask(@PathParam("connector") String connector, @PathParam("task") int task,
                                @QueryParam(FORWARD) Boolean forward, @Context UriInfo uriInfo) {
        return forwarding.serve(ForwardableRequest.of("POST", uriInfo, forward), () -> {
            calls.await(herder.restartTask(Entities.taskId(connector, task)));
            return Response.noContent().build();
        });
    }

    /**
     * Record preview (Sluice's own): the connector's first records as they would be written or delivered, with
     * nothing written and no offset committed. Any worker answers; nothing is forwarded.
     */
    @POST
    @Path("{connector}/preview")
    public RecordPreviewInfo preview(@PathParam("connector") String connector,
                                     @QueryParam(PreviewQuery.LIMIT) Integer limit,
                                     @QueryParam(PreviewQuery.TIMEOUT_MS) Long timeoutMs) {
        return RecordPreviewInfo.of(calls.await(herder.previewConnector(connector,
                PreviewQuery.limits(limit, timeoutMs))));
    }

    /** The topics the connector has used, keyed by its name. */
    @GET
    @Path("{connector}/topics")
    public Map<String, ActiveTopicsInfo> topics(@PathParam("connector") String connector) {
        Set<String> topics = calls.await(herder.connectorActiveTopics(connector));
        return Map.of(connector, new ActiveTopicsInfo(connector, topics));
    }

    /** Forgets the used topics: 202. */
    @PUT
    @Path("{connector}/topics/reset")
    public Response resetTopics(@PathParam("connector") String connector, @QueryParam(FORWARD) Boolean forward,
                                @Context UriInfo uriInfo) {
        return forwarding.serve(ForwardableRequest.of("PUT", uriInfo, forward), () -> {
            calls.await(herder.resetConnectorActiveTopics(connector));
            return Response.accepted().build();
        });
    }

    /** The committed offsets. */
    @GET
    @Path("{connector}/offsets")
    public ConnectorOffsets offsets(@PathParam("connector") String connector) {
        return Entities.offsets(calls.await(herder.connectorOffsets(connector)));
    }

    /** Alters the offsets of a STOPPED connector. */
    @PATCH
    @Path("{connector}/offsets")
    public Response alterOffsets(@PathParam("connector") String connector, ConnectorOffsets offsets,
                                 @QueryParam(FORWARD) Boolean forward, @Context UriInfo uriInfo) {
        if (offsets == null || offsets.offsets() == null || offsets.offsets().isEmpty()) {
            throw new BadRequestException("Partitions / offsets need to be provided for an alter offsets request");
        }
        return forwarding.serve(ForwardableRequest.of("PATCH", uriInfo, forward).withBody(offsets), () -> {
            String message = calls.await(herder.alterConnectorOffsets(connector, Entities.offsets(offsets)));
            return Response.ok(new Message(message)).build();
        });
    }

    /** Removes all offsets of a STOPPED connector. */
    @DELETE
    @Path("{connector}/offsets")
    public Response resetOffsets(@PathParam("connector") String connector, @QueryParam(FORWARD) Boolean forward,
                                 @Context UriInfo uriInfo) {
        return forwarding.serve(ForwardableRequest.of("DELETE", uriInfo, forward),
                () -> Response.ok(new Message(calls.await(herder.resetConnectorOffsets(connector)))).build());
    }
}
