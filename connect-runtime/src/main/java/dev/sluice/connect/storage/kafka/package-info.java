/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * Distributed-mode storage in Kafka's compacted internal topics, record for record what Apache Kafka Connect 4.3.1
 * writes (see {@code docs/internal-topics.md}): {@link dev.sluice.connect.storage.kafka.TopicJournal} tails one
 * topic into a callback and appends to it, with a read-to-end barrier; {@link
 * dev.sluice.connect.storage.kafka.InternalTopics} creates and checks the topics described by {@link
 * dev.sluice.connect.storage.kafka.InternalTopicSpec}; {@link dev.sluice.connect.storage.kafka.InternalClientConfigs}
 * builds the journals' clients from the worker's settings; {@link dev.sluice.connect.storage.kafka.KafkaOffsetStore}
 * is the offsets topic as a {@link dev.sluice.connect.storage.SourceOffsetStore}; {@link
 * dev.sluice.connect.storage.kafka.ConfigRecordCodec} and {@link dev.sluice.connect.storage.kafka.StatusRecordCodec}
 * map the config and status topics' records to {@link dev.sluice.connect.storage.kafka.ConfigRecord} and {@link
 * dev.sluice.connect.storage.kafka.StatusRecord}.
 */
package dev.sluice.connect.storage.kafka;
