/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */

/**
 * Code that runs inside a broker's child JVM rather than in the test JVM: the entry point that formats the node's
 * KRaft storage, starts Kafka, and exits when the parent JVM goes away so that no broker outlives its test run.
 */
package dev.sluice.connect.testkit.process;
