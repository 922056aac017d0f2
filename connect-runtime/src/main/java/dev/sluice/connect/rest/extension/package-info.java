/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * REST extensions ({@code rest.extension.classes}): Apache's {@code ConnectRestExtension} plugins, loaded from
 * {@code plugin.path} or the classpath, configured with the worker's settings and allowed to register JAX-RS
 * filters and resources before the REST server starts, with a read-only view of the cluster from the herder.
 */
package dev.sluice.connect.rest.extension;
