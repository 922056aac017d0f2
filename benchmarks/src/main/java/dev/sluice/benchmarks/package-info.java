/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * JMH benchmarks that run Sluice's JsonConverter and transforms next to Apache Kafka's 4.3.1 classes in the
 * same JVM run. Both implementations share class names, so each lives in its own class loader and is driven
 * through the same method-handle indirection, which keeps the comparison fair.
 */
package dev.sluice.benchmarks;
