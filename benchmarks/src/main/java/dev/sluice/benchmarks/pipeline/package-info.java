/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * Small command-line helpers for {@code benchmarks/file-pipeline.sh}: they write the input file, create topics,
 * read a topic as fast as a bare {@code KafkaConsumer} can (the consumer baseline), and watch a topic's end offsets
 * or a file's length so the script can time Sluice's FileStream connectors from the outside. They are plain mains,
 * not JMH benchmarks, because what they time spans several JVMs.
 */
package dev.sluice.benchmarks.pipeline;
