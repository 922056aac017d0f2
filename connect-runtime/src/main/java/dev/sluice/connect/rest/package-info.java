/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * The worker's REST API: a Jetty server running Jersey resources, each a thin adapter from HTTP to a
 * {@link dev.sluice.connect.herder.Herder} call, with one exception mapper that writes every error body.
 */
package dev.sluice.connect.rest;
