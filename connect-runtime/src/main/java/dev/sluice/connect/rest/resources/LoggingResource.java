/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.resources;

import dev.sluice.connect.herder.BadRequestException;
import dev.sluice.connect.herder.Herder;
import dev.sluice.connect.rest.HerderCalls;
import dev.sluice.connect.rest.LoggerLevels;
import dev.sluice.connect.rest.entities.LoggerLevel;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * /admin/loggers: read and change logger levels at runtime. {@code scope=cluster} asks the herder to store the level
 * for the whole cluster; every worker, this one included, applies it as it reads it (a standalone worker at once).
 */
@Path("/admin/loggers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class LoggingResource {

    private static final String LEVEL = "level";

    private final Supplier<LoggerLevels> levels;
    private final Herder herder;
    private final HerderCalls calls;

    /**
     * @param levels this worker's levels, looked up on use (see {@link LoggerLevels#lazily()}) so that a worker
     *               without Logback only fails these endpoints
     * @param herder stores cluster-wide levels, waited for through {@code calls}
     */
    public LoggingResource(Supplier<LoggerLevels> levels, Herder herder, HerderCalls calls) {
        this.levels = levels;
        this.herder = herder;
        this.calls = calls;
    }

    private LoggerLevels levels() {
        return levels.get();
    }

    /** Every logger with its own level, plus root. */
    @GET
    public Map<String, LoggerLevel> loggers() {
        return levels().all();
    }

    /** One logger's effective level. */
    @GET
    @Path("{logger}")
    public LoggerLevel logger(@PathParam("logger") String name) {
        return levels().level(name);
    }

    /** Sets a logger's level (and its descendants'); 200 with the changed names, or 204 for cluster scope. */
    @PUT
    @Path("{logger}")
    public Response setLevel(@PathParam("logger") String name, Map<String, String> body,
                             @QueryParam("scope") @DefaultValue("worker") String scope) {
        if (body != null) {
            // A misspelt key ({"levle": …}) would otherwise read as a missing level, or be ignored beside one.
            for (String key : body.keySet()) {
                if (!key.equals(LEVEL)) {
                    throw new BadRequestException("Unknown field '" + key + "' in request body: the body is"
                            + " {\"level\": \"<level>\"} and nothing else");
                }
            }
        }
        String level = body == null ? null : body.get(LEVEL);
        if (level == null) {
            throw new BadRequestException("Desired 'level' parameter was not specified in request.");
        }
        if ("cluster".equalsIgnoreCase(scope)) {
            LoggerLevels.requireKnownLevel(level);
            calls.await(herder.setClusterLoggerLevel(name, level));
            return Response.noContent().build();
        }
        // Any other scope, even one Apache does not know, is this worker's, as on Apache's worker.
        List<String> changed = levels().setLevel(name, level);
        return Response.ok(changed, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
