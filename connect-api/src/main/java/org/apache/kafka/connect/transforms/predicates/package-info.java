/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * The plug-in point for predicates, which decide per record whether a transformation is applied.
 */
package org.apache.kafka.connect.transforms.predicates;
