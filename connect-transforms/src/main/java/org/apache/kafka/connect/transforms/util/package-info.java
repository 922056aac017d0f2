/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * Helpers shared by the single message transforms: a plain {@code AbstractConfig}, the type checks that turn a
 * record of the wrong shape into a {@code DataException}, schema copying, and two reusable config validators. The
 * transforms themselves live in {@code org.apache.kafka.connect.transforms} under Apache's class names, because
 * users name them in connector configs.
 */
package org.apache.kafka.connect.transforms.util;
