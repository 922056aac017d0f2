/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */

/**
 * Real Apache Kafka for tests and the quickstart: {@link dev.sluice.connect.testkit.KafkaCluster} starts one or
 * more KRaft nodes, each in a child JVM with its own ports and directory, waits until they serve metadata, and
 * lets failure tests stop, kill and restart them; {@link dev.sluice.connect.testkit.KafkaTestClients} creates
 * topics and produces and consumes records; {@link dev.sluice.connect.testkit.EmbeddedKafkaMain} keeps a broker
 * with persistent data running in the foreground. The broker's jars never appear on the caller's classpath.
 */
package dev.sluice.connect.testkit;
