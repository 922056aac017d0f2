/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * Pluggable policies that decide which Kafka client settings a connector configuration may override for the
 * producers, consumers and admin clients the worker creates on the connector's behalf.
 */
package org.apache.kafka.connect.connector.policy;
