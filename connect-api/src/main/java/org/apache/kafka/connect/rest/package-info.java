/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * The plug-in point for extending a worker's REST API with extra JAX-RS resources, filters and providers.
 */
package org.apache.kafka.connect.rest;
