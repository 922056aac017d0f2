/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import dev.sluice.connect.rest.ssl.RestSslConfig;
import java.util.List;

/**
 * Where the {@code /admin} endpoints answer ({@code admin.listeners}): on the worker's listeners (the setting
 * unset), nowhere (set to an empty list), or only on listeners of their own, which then answer nothing else.
 *
 * @param listeners the admin listeners; null for the worker's own, empty for none
 * @param ssl       the TLS settings of HTTPS admin listeners ({@code admin.listeners.https.*} or {@code ssl.*})
 */
public record AdminEndpoints(List<String> listeners, RestSslConfig ssl) {

    public AdminEndpoints {
        listeners = listeners == null ? null : List.copyOf(listeners);
        ssl = ssl == null ? RestSslConfig.defaults() : ssl;
    }

    /** On the worker's own listeners, as when {@code admin.listeners} is not set. */
    public static AdminEndpoints onWorkerListeners() {
        return new AdminEndpoints(null, null);
    }

    /** Whether the admin endpoints have listeners of their own. */
    boolean separate() {
        return listeners != null && !listeners.isEmpty();
    }

    /** Whether the admin endpoints are turned off. */
    boolean disabled() {
        return listeners != null && listeners.isEmpty();
    }
}
