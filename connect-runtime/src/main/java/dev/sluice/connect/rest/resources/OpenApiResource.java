/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * GET /openapi.json: the OpenAPI document of this API. The build generates it from these resource classes (see the
 * swagger plugin in connect-runtime's pom), so it describes the endpoints this worker serves and no others.
 */
@Path("/openapi.json")
public final class OpenApiResource {

    static final String DOCUMENT = "/dev/sluice/connect/rest/openapi.json";

    @GET
    public Response document() {
        try (InputStream document = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            if (document == null) {
                throw new NotFoundException("This worker was built without its OpenAPI document");
            }
            return Response.ok(document.readAllBytes(), MediaType.APPLICATION_JSON).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
