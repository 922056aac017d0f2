/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * The start-up floor of {@code benchmarks/rest-floor.sh}: the least a worker's REST API can cost to come up on
 * the stack Sluice is built on (Jetty 12, Jersey 3, Jackson, logback), measured beside Sluice in the same run.
 * Its dependencies are {@code provided}: the script runs it with the worker's own {@code libs/}, the same JARs.
 */
package dev.sluice.benchmarks.startup;
