/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and links Jersey's, HK2's and the JSON provider's classes on a background thread while the worker's main
 * thread discovers plugins and parses its settings. Building the REST application is the longest single step of a
 * worker's start, and most of it is this one-time class loading, which a throwaway application with one resource
 * triggers as well as the real one does; the real one then starts on loaded classes.
 */
public final class JerseyWarmUp {

    private static final Logger log = LoggerFactory.getLogger(JerseyWarmUp.class);

    private JerseyWarmUp() {
    }

    /** Starts the warm-up on a daemon thread; failures only cost the warm-up. */
    public static void startInBackground() {
        Thread thread = new Thread(JerseyWarmUp::warmUp, "rest-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void warmUp() {
        try {
            ResourceConfig application = new ResourceConfig();
            application.register(new JacksonJsonProvider());
            application.register(Probe.class);
            // As the real application: no WADL, whose absent JAXB would only be warned about.
            application.property(ServerProperties.WADL_FEATURE_DISABLE, true);
            new ApplicationHandler(application);
        } catch (RuntimeException | LinkageError e) {
            log.debug("REST warm-up failed; the REST server starts without it", e);
        }
    }

    /** The one resource of the throwaway application. */
    @Path("/")
    public static final class Probe {
        @GET
        public String get() {
            return "";
        }
    }
}
