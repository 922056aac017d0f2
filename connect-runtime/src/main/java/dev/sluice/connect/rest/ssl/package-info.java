/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * TLS for the REST API: which {@code ssl.*} settings apply to HTTPS listeners and to the worker's own HTTPS requests
 * to other workers ({@link dev.sluice.connect.rest.ssl.RestSslConfig}), and the SSL contexts built from them
 * ({@link dev.sluice.connect.rest.ssl.RestSslContexts}).
 */
package dev.sluice.connect.rest.ssl;
