/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * Jersey resources, one per path family of the REST API. Each method validates what HTTP alone can tell, asks the
 * herder, waits for its answer with the request timeout and picks the status code; errors are left to the
 * server's exception mapper.
 */
package dev.sluice.connect.rest.resources;
