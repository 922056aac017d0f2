/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */

/**
 * Distributed mode. Group membership so far: {@link dev.sluice.connect.herder.distributed.WorkerGroupMember} (the
 * herder's handle on the Connect group, on kafka-clients' group coordination client), the wire format of the
 * Connect protocol ({@link dev.sluice.connect.herder.distributed.ConnectProtocol},
 * {@link dev.sluice.connect.herder.distributed.ConnectProtocolCodec}, byte-identical with Apache Kafka Connect 4.3 so
 * both kinds of worker can share a group), and the two seams the herder plugs in:
 * {@link dev.sluice.connect.herder.distributed.MembershipListener} and
 * {@link dev.sluice.connect.herder.distributed.GroupAssignor}. Requests between workers (signed task configs to the
 * leader) go over REST through {@link dev.sluice.connect.herder.distributed.HttpInternalRequests}.
 */
package dev.sluice.connect.herder.distributed;
