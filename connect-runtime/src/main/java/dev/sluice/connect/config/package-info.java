/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */

/**
 * Typed settings on kafka-clients' ConfigDef: the worker's (shared, standalone and distributed) and each
 * connector's (common, source and sink, enriched with the keys of its transformations, predicates and topic creation
 * groups). Key names, defaults, documentation and validation messages follow Apache Kafka Connect, because users
 * see them in files, logs and the REST API.
 */
package dev.sluice.connect.config;
