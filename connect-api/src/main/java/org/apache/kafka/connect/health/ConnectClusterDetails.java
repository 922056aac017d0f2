/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.health;

/** Fixed facts about a Connect cluster; implemented by the framework. */
public interface ConnectClusterDetails {

    /** The ID of the Kafka cluster this Connect cluster stores its data in. */
    String kafkaClusterId();
}
