/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.connect.rest.RestHarness.Reply;
import dev.sluice.connect.rest.resources.RootResource;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * GET /openapi.json serves the document the build generates from the JAX-RS resources, and that document lists
 * exactly the endpoints the resources declare: every method and path, none missing, none extra.
 */
class OpenApiDocumentTest {

    private final RestHarness rest = new RestHarness();

    @AfterEach
    void stop() {
        rest.close();
    }

    @Test
    void theDocumentIsServedAsJsonAndSaysWhatItDescribes() {
        Reply reply = rest.get("/openapi.json");
        assertEquals(200, reply.status());
        assertEquals("application/json", reply.headers().firstValue("Content-Type").orElseThrow());
        JsonNode document = reply.json();
        assertTrue(document.path("openapi").asText().startsWith("3."), reply.body());
        assertEquals("Sluice REST API", document.path("info").path("title").asText());
        assertFalse(document.path("info").path("version").asText().contains("${"), "the version was not filled in");
    }

    @Test
    void everyEndpointTheResourcesDeclareIsInTheDocumentAndNothingElse() throws Exception {
        TreeSet<String> declared = new TreeSet<>();
        for (Class<?> resource : resourceClasses()) {
            Resource model = Resource.from(resource);
            collect(model, "", declared);
        }
        TreeSet<String> documented = new TreeSet<>();
        Iterator<Map.Entry<String, JsonNode>> paths = rest.get("/openapi.json").json().path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method ->
                    documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey()));
        }
        assertTrue(declared.size() > 30, "too few endpoints found: " + declared);
        assertEquals(declared, documented);
    }

    private static void collect(Resource resource, String parent, TreeSet<String> endpoints) {
        String path = join(parent, resource.getPath());
        for (ResourceMethod method : resource.getResourceMethods()) {
            endpoints.add(method.getHttpMethod() + " " + path);
        }
        for (Resource child : resource.getChildResources()) {
            collect(child, path, endpoints);
        }
    }

    private static String join(String parent, String path) {
        String joined = (parent + "/" + (path == null ? "" : path)).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** Every class with {@code @Path} in the resources package, found in the compiled classes. */
    private static TreeSet<Class<?>> resourceClasses() throws IOException, URISyntaxException {
        String pkg = RootResource.class.getPackageName();
        java.nio.file.Path dir = Paths.get(RootResource.class.getResource("RootResource.class").toURI()).getParent();
        TreeSet<Class<?>> classes = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
        try (Stream<java.nio.file.Path> files = Files.list(dir)) {
            for (java.nio.file.Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    try {
                        Class<?> type = Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length()));
                        if (type.isAnnotationPresent(Path.class)) {
                            classes.add(type);
                        }
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return classes;
    }
}
