/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * Field paths for transforms that reach into keys and values. With {@code field.syntax.version=V1} a path names one
 * top-level field; with {@code V2} dots step into nested structs or maps and backticks quote names that contain
 * dots.
 */
package org.apache.kafka.connect.transforms.field;
