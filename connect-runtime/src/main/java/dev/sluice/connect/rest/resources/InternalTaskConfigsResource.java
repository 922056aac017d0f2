/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.resources;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.sluice.connect.herder.Herder;
import dev.sluice.connect.herder.RequestSignature;
import dev.sluice.connect.rest.ForwardableRequest;
import dev.sluice.connect.rest.Forwarding;
import dev.sluice.connect.rest.HerderCalls;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
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
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The internal requests between workers, signed with the session key (KIP-507): {@code POST /connectors/N/tasks}, a
 * worker running connector N sends the task configs it generated for the leader to store; {@code PUT
 * /connectors/N/fence}, a worker about to start tasks of exactly-once source connector N asks the leader to fence
 * out the earlier generation first (KIP-618).
 *
 * <p>The body is taken as raw bytes because the signature covers exactly those bytes. A follower that receives the
 * request (the leader moved) sends it on with the same bytes <em>and</em> the same signature headers, so the leader
 * can verify it; Apache drops the headers there and the leader refuses the request.
 */
@Path("/connectors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class InternalTaskConfigsResource {

    private static final ObjectReader TASK_CONFIGS = new ObjectMapper()
            .readerFor(new TypeReference<List<Map<String, String>>>() { });

    private final Herder herder;
    private final HerderCalls calls;
    private final Forwarding forwarding;

    /** Stores through {@code herder}, waiting through {@code calls}; goes to the leader through {@code forwarding}. */
    public InternalTaskConfigsResource(Herder herder, HerderCalls calls, Forwarding forwarding) {
        this.herder = herder;
        this.calls = calls;
        this.forwarding = forwarding;
    }

    /** Stores the task configs: 204; 400 without a signature, 403 with a wrong one. */
    @POST
    @Path("{connector}/tasks")
    public Response putTaskConfigs(@PathParam("connector") String connector, byte[] body,
                                   @HeaderParam(RequestSignature.SIGNATURE_HEADER) String signature,
                                   @HeaderParam(RequestSignature.ALGORITHM_HEADER) String algorithm,
                                   @QueryParam("forward") Boolean forward, @Context UriInfo uriInfo)
            throws IOException {
        List<Map<String, String>> configs = TASK_CONFIGS.readValue(body);
        ForwardableRequest request = ForwardableRequest.of("POST", uriInfo, forward).withBody(body)
                .withHeader(RequestSignature.SIGNATURE_HEADER, signature)
                .withHeader(RequestSignature.ALGORITHM_HEADER, algorithm);
        return forwarding.serve(request, () -> {
            calls.await(herder.putTaskConfigs(connector, configs, new RequestSignature(body, algorithm, signature)));
            return Response.noContent().build();
        });
    }

    /** Fences out the connector's earlier task generation: 204; 400 without a signature, 403 with a wrong one. */
    @PUT
    @Path("{connector}/fence")
    public Response fenceZombies(@PathParam("connector") String connector, byte[] body,
                                 @HeaderParam(RequestSignature.SIGNATURE_HEADER) String signature,
                                 @HeaderParam(RequestSignature.ALGORITHM_HEADER) String algorithm,
                                 @QueryParam("forward") Boolean forward, @Context UriInfo uriInfo) {
        byte[] signed = body == null ? new byte[0] : body;
        ForwardableRequest request = ForwardableRequest.of("PUT", uriInfo, forward).withBody(signed)
                .withHeader(RequestSignature.SIGNATURE_HEADER, signature)
                .withHeader(RequestSignature.ALGORITHM_HEADER, algorithm);
        return forwarding.serve(request, () -> {
            calls.await(herder.fenceZombies(connector, new RequestSignature(signed, algorithm, signature)));
            return Response.noContent().build();
        });
    }
}
