/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.cluster;

import java.util.UUID;

/**
 * What makes workers one cluster: the group id and the three internal topics. Every worker of a cluster is set up
 * with the same names; each test makes its own, since the broker is shared and a group or config topic left by an
 * earlier test would leak its connectors and members into this one.
 */
public record ClusterNames(String groupId, String configTopic, String offsetTopic, String statusTopic) {

    /** Names no other test uses: {@code <label>-<random>} with {@code -configs}, {@code -offsets}, {@code -status}. */
    public static ClusterNames unique(String label) {
        String prefix = "e2e-" + label + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new ClusterNames(prefix, prefix + "-configs", prefix + "-offsets", prefix + "-status");
    }
}
