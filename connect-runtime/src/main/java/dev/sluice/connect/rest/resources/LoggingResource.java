/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.resources;

import dev.sluice.connect.herder.BadRequestException;
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
 * /admin/loggers: read and change logger levels at runtime. {@code scope=cluster} is accepted and applied to this
 * worker; spreading it to the other workers is the distributed herder's job.
 */
@Path("/admin/loggers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class LoggingResource {

    private final Supplier<LoggerLevels> lookup;
    private LoggerLevels levels;

    /**
     * Levels from {@code lookup}, called on first use so that a worker without Logback only fails these
     * endpoints; the instance is then kept because it remembers when each level changed.
     */
    public LoggingResource(Supplier<LoggerLevels> lookup) {
        this.lookup = lookup;
    }

    private synchronized LoggerLevels levels() {
        if (levels == null) {
            levels = lookup.get();
        }
        return levels;
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
        String level = body == null ? null : body.get("level");
        if (level == null) {
            throw new BadRequestException("Desired 'level' parameter was not specified in request.");
        }
        List<String> changed = levels().setLevel(name, level);
        if ("cluster".equalsIgnoreCase(scope)) {
            return Response.noContent().build();
        }
        return Response.ok(changed, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
