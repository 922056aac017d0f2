/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import java.util.ArrayList;
import java.util.List;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Registers resource objects built by the worker (they hold the herder) with Jersey. Handing Jersey the object itself
 * makes it check the object as a provider too and warn, at every start, that it implements no provider interface;
 * so the class is registered as the resource and the object is bound as the one instance of that class, which Jersey
 * then serves every request with.
 */
final class ResourceInstances {

    private final ResourceConfig application;
    private final List<Object> instances = new ArrayList<>();

    ResourceInstances(ResourceConfig application) {
        this.application = application;
        // Runs when Jersey builds the application, after every add.
        application.register(new AbstractBinder() {
            @Override
            @SuppressWarnings("unchecked")
            protected void configure() {
                for (Object instance : instances) {
                    bind(instance).to((Class<Object>) instance.getClass());
                }
            }
        });
    }

    /** Serves {@code resource}'s class with {@code resource} itself. */
    void add(Object resource) {
        instances.add(resource);
        application.register(resource.getClass());
    }
}
