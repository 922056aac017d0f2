/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.resources;

import dev.sluice.connect.SluiceBuild;
import dev.sluice.connect.herder.Herder;
import dev.sluice.connect.rest.HerderCalls;
import dev.sluice.connect.rest.entities.ServerInfo;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.utils.AppInfoParser;

/** GET / (worker version) and GET /health (is the herder up and responsive). */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class RootResource {

    static final String HEALTHY = "Worker has completed startup and is ready to handle requests.";
    static final String STARTING = "Worker is still starting up.";
    static final String UNHEALTHY = "Worker was unable to handle this request and may be unable to handle other"
            + " requests.";

    private final Herder herder;
    private final Duration healthCheckTimeout;

    /** Answers for {@code herder}, giving it {@code healthCheckTimeout} to prove it is alive. */
    public RootResource(Herder herder, Duration healthCheckTimeout) {
        this.herder = herder;
        this.healthCheckTimeout = healthCheckTimeout;
    }

    /** The Connect version clients check, Sluice's build commit, the Kafka cluster id, and that this is Sluice. */
    @GET
    public ServerInfo serverInfo() {
        SluiceBuild build = SluiceBuild.current();
        return new ServerInfo(AppInfoParser.getVersion(), build.commit(), herder.kafkaClusterId(), "Sluice",
                build.version());
    }

    /** 200 healthy, 503 while starting, 500 when the herder thread does not answer in time. */
    @GET
    @Path("health")
    public Response health() {
        if (!herder.ready()) {
            return health(503, "starting", STARTING);
        }
        try {
            HerderCalls.await(herder.healthCheck(), healthCheckTimeout);
            return health(200, "healthy", HEALTHY);
        } catch (RuntimeException e) {
            return health(500, "unhealthy", UNHEALTHY);
        }
    }

    private static Response health(int status, String state, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("status", state);
        body.put("message", message);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
