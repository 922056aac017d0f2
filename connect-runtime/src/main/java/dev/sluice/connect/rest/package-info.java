/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * The worker's REST API: a Jetty server running Jersey resources, each a thin adapter from HTTP to a
 * {@link dev.sluice.connect.herder.Herder} call, with one exception mapper that writes every error body. In
 * distributed mode a write the herder cannot serve here goes through {@link dev.sluice.connect.rest.Forwarding} to the
 * leader or the worker running the connector ({@link dev.sluice.connect.rest.RequestForwarder} does the HTTP).
 */
package dev.sluice.connect.rest;
