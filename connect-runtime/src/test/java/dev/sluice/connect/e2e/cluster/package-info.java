/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * Distributed-mode worker processes for end-to-end tests: Apache's released 4.3.1 worker and Sluice's, each in a
 * child JVM against the testkit's broker, in one group or mixed, so tests can start, stop (SIGTERM) and kill
 * (SIGKILL) workers and watch the cluster over REST. Start from
 * {@link dev.sluice.connect.e2e.cluster.DistributedCluster}; {@link dev.sluice.connect.e2e.cluster.ConnectRestClient}
 * and {@link dev.sluice.connect.e2e.cluster.ClusterStatus} read who runs what.
 */
package dev.sluice.connect.e2e.cluster;
