/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web console at {@code /ui/}: static files packed in the worker's jar, which call the same REST API as curl
 * does, so the console needs nothing a REST client does not have and passes through the same extensions (basic
 * auth, say). Only plain file names of the console's own kinds are served; nothing else on the classpath is
 * reachable from here.
 */
@Path("/ui")
public final class ConsoleResource {

    static final String FILES = "/dev/sluice/connect/ui/";
    private static final Pattern FILE_NAME = Pattern.compile("[a-z][a-z0-9-]*\\.(html|js|css|svg)");
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "svg", "image/svg+xml");

    /** The console's page at {@code /ui/}; {@code /ui} is sent there, as its relative links need the folder form. */
    @GET
    public Response index(@Context UriInfo uri) {
        if (!uri.getPath().endsWith("/")) {
            return Response.seeOther(uri.getBaseUriBuilder().path("ui/").build()).build();
        }
        return file("index.html");
    }

    @GET
    @Path("{file}")
    public Response file(@PathParam("file") String name) {
        Matcher kind = FILE_NAME.matcher(name);
        InputStream content = kind.matches() ? ConsoleResource.class.getResourceAsStream(FILES + name) : null;
        if (content == null) {
            throw new NotFoundException("The console has no file " + name);
        }
        try (content) {
            // Revalidated on every load, so a worker upgrade never leaves a browser on the old console.
            CacheControl revalidate = new CacheControl();
            revalidate.setNoCache(true);
            revalidate.setNoTransform(false);
            return Response.ok(content.readAllBytes(), CONTENT_TYPES.get(kind.group(1))).cacheControl(revalidate)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
