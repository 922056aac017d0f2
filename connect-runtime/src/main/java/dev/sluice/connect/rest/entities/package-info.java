/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * The JSON bodies of the REST API as immutable records. Property names and order match Apache Kafka Connect's so
 * that existing clients and scripts read our answers unchanged.
 */
package dev.sluice.connect.rest.entities;
