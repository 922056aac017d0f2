/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * Small helpers for writing connectors.
 */
package org.apache.kafka.connect.util;
