/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import java.util.Collection;
import java.util.Map;

/** Fences out the transactional producers of a connector's earlier tasks, on the cluster they write to. */
@FunctionalInterface
public interface ProducerFencer {

    /**
     * Returns once the broker bumped the epoch of every id, so that an older producer can no longer commit.
     *
     * @param connectorConfig  the connector's settings, whose admin overrides say which cluster to reach
     * @param transactionalIds the ids to fence; none returns at once
     * @throws org.apache.kafka.connect.errors.ConnectException when the broker could not be asked or refused
     */
    void fence(String connector, Map<String, String> connectorConfig, Collection<String> transactionalIds);
}
