/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */

/**
 * Tests that run only under the opt-in {@code docker} Maven profile: they repeat the test kit's round trip against
 * Testcontainers' Kafka container, to show that the child-JVM broker and Apache's Docker image behave alike for
 * what our tests rely on.
 */
package dev.sluice.connect.testkit.docker;
