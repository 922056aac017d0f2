/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.resources;

import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.herder.BadRequestException;
import dev.sluice.connect.herder.ConnectorDescription;
import dev.sluice.connect.herder.Created;
import dev.sluice.connect.herder.Herder;
import dev.sluice.connect.rest.Entities;
import dev.sluice.connect.rest.ForwardableRequest;
import dev.sluice.connect.rest.Forwarding;
import dev.sluice.connect.rest.HerderCalls;
import dev.sluice.connect.rest.entities.ConnectorInfo;
import dev.sluice.connect.rest.entities.ConnectorStateInfo;
import dev.sluice.connect.rest.entities.CreateConnectorRequest;
import dev.sluice.connect.rest.entities.TaskInfo;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.connect.errors.NotFoundException;

/**
 * /connectors: create, configure, inspect and delete connectors. Writes take an optional {@code forward} parameter
 * and are served by the leader, through {@link Forwarding}; control, topics and offsets are in
 * {@link ConnectorControlResource}.
 */
@Path("/connectors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ConnectorsResource {

    private static final String NAME = "name";
    private static final String FORWARD = "forward";
    private static final Set<String> EXPANSIONS = Set.of("status", "info");

    private final Herder herder;
    private final HerderCalls calls;
    private final Forwarding forwarding;

    /** Answers for {@code herder}, waiting through {@code calls}; writes go elsewhere through {@code forwarding}. */
    public ConnectorsResource(Herder herder, HerderCalls calls, Forwarding forwarding) {
        this.herder = herder;
        this.calls = calls;
        this.forwarding = forwarding;
    }

    /** Connector names, or with {@code expand=status} and/or {@code expand=info} a map of details per name. */
    @GET
    public Object list(@QueryParam("expand") List<String> expand) {
        for (String value : expand) {
            // Apache ignores values it does not know and answers the plain list, so a typo looks like no details.
            if (!EXPANSIONS.contains(value)) {
                throw new BadRequestException("Invalid value '" + value + "' for query parameter 'expand': use"
                        + " expand=status, expand=info, or both (expand=status&expand=info)");
            }
        }
        Collection<String> names = calls.await(herder.connectors());
        boolean status = expand.contains("status");
        boolean info = expand.contains("info");
        if (!status && !info) {
            return names;
        }
        Map<String, Map<String, Object>> expanded = new LinkedHashMap<>();
        for (String name : names) {
            try {
                Map<String, Object> details = new LinkedHashMap<>();
                if (status) {
                    details.put("status", Entities.stateInfo(calls.await(herder.connectorStatus(name))));
                }
                if (info) {
                    details.put("info", Entities.info(calls.await(herder.connectorInfo(name))));
                }
                expanded.put(name, details);
            } catch (NotFoundException deletedMeanwhile) {
                // Listed a moment ago and gone now: leave it out rather than fail the whole listing.
            }
        }
        return expanded;
    }

    /** Creates a connector: 201 with its info and Location, 409 if the name is taken. */
    @POST
    public Response create(CreateConnectorRequest request, @QueryParam(FORWARD) Boolean forward,
                           @Context UriInfo uriInfo) {
        if (request == null) {
            throw new BadRequestException("Request body must be a JSON object with \"name\" and \"config\"");
        }
        if (request.config() == null) {
            throw new BadRequestException("Connector config is required (\"config\" is missing or null)");
        }
        String name = request.name() == null ? "" : request.name().trim();
        // Keep the client's key order: Apache echoes the config back in the order it was sent.
        Map<String, String> config = new LinkedHashMap<>(request.config());
        String configName = config.get(NAME);
        if (configName != null && !configName.equals(name)) {
            throw nameMismatch(configName, name);
        }
        config.put(NAME, name);
        TargetState initial = request.initialState() == null ? null : request.initialState().target();
        // Sent on as Apache does: the trimmed name, the config with "name" last, "initial_state" even when null.
        CreateConnectorRequest normalized = new CreateConnectorRequest(name, config, request.initialState());
        return forwarding.serve(ForwardableRequest.of("POST", uriInfo, forward).withBody(normalized), () -> {
            Created<ConnectorDescription> created = calls.await(herder.putConnectorConfig(name, config, initial,
                    false));
            return Response.created(connectorUri(uriInfo, name)).entity(Entities.info(created.result())).build();
        });
    }

    /** Config, task ids and type. */
    @GET
    @Path("{connector}")
    public ConnectorInfo info(@PathParam("connector") String connector) {
        return Entities.info(calls.await(herder.connectorInfo(connector)));
    }

    /** The connector's config. */
    @GET
    @Path("{connector}/config")
    public Map<String, String> config(@PathParam("connector") String connector) {
        return calls.await(herder.connectorConfig(connector));
    }

    /** Creates (201) or replaces (200) a connector's config. */
    @PUT
    @Path("{connector}/config")
    public Response putConfig(@PathParam("connector") String connector, Map<String, String> config,
                              @QueryParam(FORWARD) Boolean forward, @Context UriInfo uriInfo) {
        if (config == null) {
            throw new BadRequestException("Request body must be a JSON object of connector config keys");
        }
        Map<String, String> withName = new LinkedHashMap<>(config);
        String configName = withName.get(NAME);
        if (configName != null && !configName.equals(connector)) {
            throw nameMismatch(configName, connector);
        }
        withName.put(NAME, connector);
        return forwarding.serve(ForwardableRequest.of("PUT", uriInfo, forward).withBody(withName), () -> {
            Created<ConnectorDescription> result = calls.await(herder.putConnectorConfig(connector, withName, true));
            ConnectorInfo info = Entities.info(result.result());
            if (result.created()) {
                return Response.created(connectorUri(uriInfo, connector)).entity(info).build();
            }
            return Response.ok(info).build();
        });
    }

    /** Merges keys into the config; a null value removes a key. */
    @PATCH
    @Path("{connector}/config")
    public Response patchConfig(@PathParam("connector") String connector, Map<String, String> patch,
                                @QueryParam(FORWARD) Boolean forward, @Context UriInfo uriInfo) {
        if (patch == null) {
            throw new BadRequestException("Request body must be a JSON object of connector config keys");
        }
        String patchedName = patch.get(NAME);
        if (patch.containsKey(NAME) && !connector.equals(patchedName)) {
            throw nameMismatch(patchedName, connector);
        }
        return forwarding.serve(ForwardableRequest.of("PATCH", uriInfo, forward).withBody(patch),
                () -> Response.ok(Entities.info(calls.await(herder.patchConnectorConfig(connector, patch)))).build());
    }

    /** Deletes the connector: 204. */
    @DELETE
    @Path("{connector}")
    public Response delete(@PathParam("connector") String connector, @QueryParam(FORWARD) Boolean forward,
                           @Context UriInfo uriInfo) {
        return forwarding.serve(ForwardableRequest.of("DELETE", uriInfo, forward), () -> {
            calls.await(herder.deleteConnector(connector));
            return Response.noContent().build();
        });
    }

    /** The connector's and its tasks' states. */
    @GET
    @Path("{connector}/status")
    public ConnectorStateInfo status(@PathParam("connector") String connector) {
        return Entities.stateInfo(calls.await(herder.connectorStatus(connector)));
    }

    /** The task configs. */
    @GET
    @Path("{connector}/tasks")
    public List<TaskInfo> tasks(@PathParam("connector") String connector) {
        return calls.await(herder.taskConfigs(connector)).stream().map(Entities::taskInfo).toList();
    }

    /** One task's state. */
    @GET
    @Path("{connector}/tasks/{task}/status")
    public ConnectorStateInfo.TaskState taskStatus(@PathParam("connector") String connector,
                                                   @PathParam("task") int task) {
        return Entities.taskState(calls.await(herder.taskStatus(Entities.taskId(connector, task))));
    }

    private static URI connectorUri(UriInfo uriInfo, String name) {
        return uriInfo.getBaseUriBuilder().path("connectors").path(name).build();
    }

    private static BadRequestException nameMismatch(String configName, String urlName) {
        return new BadRequestException("Connector name configuration (" + configName
                + ") doesn't match connector name in the URL (" + urlName + ")");
    }
}
