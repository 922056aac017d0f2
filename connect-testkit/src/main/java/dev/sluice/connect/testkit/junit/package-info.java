/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */

/**
 * JUnit 5 support for the test kit: {@link dev.sluice.connect.testkit.junit.SharedKafkaBroker} starts one real
 * broker per test JVM on first use and injects its endpoint or client helpers into tests, so that the test classes
 * of a module pay the broker's start-up time only once.
 */
package dev.sluice.connect.testkit.junit;
