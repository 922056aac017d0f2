/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * A read-only view of a Connect cluster for REST extensions: which connectors run, their configurations, and the
 * state of each connector and task.
 */
package org.apache.kafka.connect.health;
