/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sluice.connect.domain.ConnectorTaskId;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import org.apache.kafka.common.protocol.types.SchemaException;
import org.junit.jupiter.api.Test;

/**
 * Sluice writes the Connect protocol's metadata and assignments byte for byte as Apache Kafka Connect 4.3.1 does,
 * and reads what Apache writes.
 *
 * <p>Every expected hex string below was recorded by calling the public serialization methods of Apache's released
 * {@code org.apache.kafka:connect-runtime:4.3.1} jar ({@code ConnectProtocol.serializeMetadata/serializeAssignment},
 * {@code IncrementalCooperativeConnectProtocol.serializeMetadata/serializeAssignment(…, sessioned)}) with the inputs
 * described next to each vector.
 */
class ConnectProtocolCodecTest {

    private static final String WORKER_URL = "http://worker-1:8083/";
    private static final String LEADER = "leader-abc";
    private static final String LEADER_URL = "http://leader:8083/";

    // WorkerState("http://worker-1:8083/", 42)
    private static final String METADATA_V0 =
            "00000015687474703a2f2f776f726b65722d313a383038332f000000000000002a";
    // ExtendedWorkerState(url, 42, null), sessioned false / true
    private static final String METADATA_V1_NO_ASSIGNMENT =
            "00010015687474703a2f2f776f726b65722d313a383038332f000000000000002affffffff";
    private static final String METADATA_V2_NO_ASSIGNMENT =
            "00020015687474703a2f2f776f726b65722d313a383038332f000000000000002affffffff";
    // ExtendedWorkerState(url, 42, ExtendedAssignment(leader-abc, http://leader:8083/, offset 17,
    //     connectors [conn-a], tasks [conn-a-0, conn-b-1], nothing revoked, delay 0))
    private static final String METADATA_V1_WITH_ASSIGNMENT =
            "00010015687474703a2f2f776f726b65722d313a383038332f000000000000002a0000005d00010000000a6c65616465722d6162"
            + "630013687474703a2f2f6c65616465723a383038332f0000000000000011000000020006636f6e6e2d6100000002ffffffff00"
            + "0000000006636f6e6e2d6200000001000000010000000000000000";
    private static final String METADATA_V2_WITH_ASSIGNMENT =
            "00020015687474703a2f2f776f726b65722d313a383038332f000000000000002a0000005d00020000000a6c65616465722d6162"
            + "630013687474703a2f2f6c65616465723a383038332f0000000000000011000000020006636f6e6e2d6100000002ffffffff00"
            + "0000000006636f6e6e2d6200000001000000010000000000000000";

    // Assignment(NO_ERROR, leader-abc, http://leader:8083/, 7, [], [])
    private static final String ASSIGNMENT_V0_EMPTY =
            "00000000000a6c65616465722d6162630013687474703a2f2f6c65616465723a383038332f000000000000000700000000";
    // connectors [zeta, alpha, mid], tasks [alpha-1, alpha-0, other-2, zeta-0, beta-3]
    private static final String ASSIGNMENT_V0_GROUPED =
            "00000000000a6c65616465722d6162630013687474703a2f2f6c65616465723a383038332f0000000000000007000000050004"
            + "7a65746100000002ffffffff000000000005616c70686100000003ffffffff000000010000000000036d696400000001ffffff"
            + "ff00056f7468657200000001000000020004626574610000000100000003";
    // Assignment(CONFIG_MISMATCH, leader-abc, http://leader:8083/, -1, [], [])
    private static final String ASSIGNMENT_V0_CONFIG_MISMATCH =
            "00000001000a6c65616465722d6162630013687474703a2f2f6c65616465723a383038332fffffffffffffffff00000000";
    // ExtendedAssignment(v, NO_ERROR, leader-abc, http://leader:8083/, 7, [], [], [], [], 0)
    private static final String ASSIGNMENT_V1_EMPTY =
            "00010000000a6c65616465722d6162630013687474703a2f2f6c65616465723a383038332f0000000000000007000000000000"
            + "000000000000";
    private static final String ASSIGNMENT_V2_EMPTY = "0002" + ASSIGNMENT_V1_EMPTY.substring(4);
    // connectors [zeta, alpha], tasks [alpha-1, alpha-0, other-2], offset 7
    private static final String ASSIGNMENT_V1_GROUPED =
            "00010000000a6c65616465722d6162630013687474703a2f2f6c65616465723a383038332f0000000000000007000000030004"
            + "7a65746100000001ffffffff0005616c70686100000003ffffffff000000010000000000056f74686572000000010000000200"
            + "00000000000000";
    // connectors [alpha], tasks [alpha-0], revoked connectors [beta], revoked tasks [beta-0, beta-1, gamma-4], offset 9
    private static final String ASSIGNMENT_V1_REVOKING =
            "00010000000a6c65616465722d6162630013687474703a2f2f6c65616465723a383038332f0000000000000009000000010005"
            + "616c70686100000002ffffffff000000000000000200046265746100000003ffffffff0000000000000001000567616d6d6100"
            + "0000010000000400000000";
    private static final String ASSIGNMENT_V2_REVOKING = "0002" + ASSIGNMENT_V1_REVOKING.substring(4);
    // nothing assigned, offset 9, delay 300000
    private static final String ASSIGNMENT_V2_DELAYED =
            "00020000000a6c65616465722d6162630013687474703a2f2f6c65616465723a383038332f0000000000000009000000000000"
            + "0000000493e0";
    // CONFIG_MISMATCH, offset 12
    private static final String ASSIGNMENT_V1_CONFIG_MISMATCH =
            "00010001000a6c65616465722d6162630013687474703a2f2f6c65616465723a383038332f000000000000000c000000000000"
            + "000000000000";

    @Test
    void eagerMetadataCarriesOnlyUrlAndConfigOffset() {
        WorkerMetadata metadata = new WorkerMetadata(WORKER_URL, 42, null);
        assertEquals(METADATA_V0, hex(ConnectProtocolCodec.encodeMetadata(metadata, ConnectProtocol.EAGER)));
        assertEquals(metadata, ConnectProtocolCodec.decodeMetadata(bytes(METADATA_V0)));
    }

    @Test
    void cooperativeMetadataWithoutAnAssignmentSendsNull() {
        WorkerMetadata metadata = new WorkerMetadata(WORKER_URL, 42, null);
        assertEquals(METADATA_V1_NO_ASSIGNMENT, hex(ConnectProtocolCodec.encodeMetadata(metadata, ConnectProtocol.COMPATIBLE)));
        assertEquals(METADATA_V2_NO_ASSIGNMENT, hex(ConnectProtocolCodec.encodeMetadata(metadata, ConnectProtocol.SESSIONED)));
        assertEquals(metadata, ConnectProtocolCodec.decodeMetadata(bytes(METADATA_V1_NO_ASSIGNMENT)));
        assertEquals(metadata, ConnectProtocolCodec.decodeMetadata(bytes(METADATA_V2_NO_ASSIGNMENT)));
    }

    @Test
    void cooperativeMetadataEmbedsTheCurrentAssignmentEncodedWithTheSameVersion() {
        WorkerAssignment held = assignment(17, List.of("conn-a"), List.of(task("conn-a", 0), task("conn-b", 1)),
                List.of(), List.of(), 0);
        WorkerMetadata metadata = new WorkerMetadata(WORKER_URL, 42, held);
        assertEquals(METADATA_V1_WITH_ASSIGNMENT, hex(ConnectProtocolCodec.encodeMetadata(metadata, ConnectProtocol.COMPATIBLE)));
        assertEquals(METADATA_V2_WITH_ASSIGNMENT, hex(ConnectProtocolCodec.encodeMetadata(metadata, ConnectProtocol.SESSIONED)));
        assertEquals(metadata, ConnectProtocolCodec.decodeMetadata(bytes(METADATA_V1_WITH_ASSIGNMENT)));
        assertEquals(metadata, ConnectProtocolCodec.decodeMetadata(bytes(METADATA_V2_WITH_ASSIGNMENT)));
    }

    @Test
    void eagerAssignmentsMatchApache() {
        assertRoundTrip(ASSIGNMENT_V0_EMPTY, assignment(7, List.of(), List.of(), List.of(), List.of(), 0),
                ConnectProtocol.EAGER);
        assertRoundTrip(ASSIGNMENT_V0_CONFIG_MISMATCH, new WorkerAssignment(WorkerAssignment.CONFIG_MISMATCH, LEADER,
                LEADER_URL, -1, List.of(), List.of(), List.of(), List.of(), 0), ConnectProtocol.EAGER);
    }

    @Test
    void eagerAssignmentGroupsTasksUnderTheirConnectorInOrderOfFirstAppearance() {
        WorkerAssignment asLeaderListedIt = assignment(7, List.of("zeta", "alpha", "mid"),
                List.of(task("alpha", 1), task("alpha", 0), task("other", 2), task("zeta", 0), task("beta", 3)),
                List.of(), List.of(), 0);
        assertEquals(ASSIGNMENT_V0_GROUPED, hex(ConnectProtocolCodec.encodeAssignment(asLeaderListedIt, ConnectProtocol.EAGER)));

        // Reading gives the entries back in wire order: zeta's task moves next to zeta.
        WorkerAssignment decoded = ConnectProtocolCodec.decodeAssignment(bytes(ASSIGNMENT_V0_GROUPED));
        assertEquals(List.of("zeta", "alpha", "mid"), decoded.connectors());
        assertEquals(List.of(task("zeta", 0), task("alpha", 1), task("alpha", 0), task("other", 2), task("beta", 3)),
                decoded.tasks());
        assertEquals(ASSIGNMENT_V0_GROUPED, hex(ConnectProtocolCodec.encodeAssignment(decoded, ConnectProtocol.EAGER)));
    }

    @Test
    void eagerAssignmentCannotCarryRevocations() {
        WorkerAssignment revoking = assignment(7, List.of(), List.of(), List.of("a"), List.of(), 0);
        assertThrows(IllegalArgumentException.class,
                () -> ConnectProtocolCodec.encodeAssignment(revoking, ConnectProtocol.EAGER));
    }

    @Test
    void cooperativeAssignmentsMatchApache() {
        WorkerAssignment empty = assignment(7, List.of(), List.of(), List.of(), List.of(), 0);
        assertRoundTrip(ASSIGNMENT_V1_EMPTY, empty, ConnectProtocol.COMPATIBLE);
        assertRoundTrip(ASSIGNMENT_V2_EMPTY, empty, ConnectProtocol.SESSIONED);

        WorkerAssignment revoking = assignment(9, List.of("alpha"), List.of(task("alpha", 0)),
                List.of("beta"), List.of(task("beta", 0), task("beta", 1), task("gamma", 4)), 0);
        assertRoundTrip(ASSIGNMENT_V1_REVOKING, revoking, ConnectProtocol.COMPATIBLE);
        assertRoundTrip(ASSIGNMENT_V2_REVOKING, revoking, ConnectProtocol.SESSIONED);

        assertRoundTrip(ASSIGNMENT_V2_DELAYED, assignment(9, List.of(), List.of(), List.of(), List.of(), 300_000),
                ConnectProtocol.SESSIONED);
        assertRoundTrip(ASSIGNMENT_V1_CONFIG_MISMATCH, new WorkerAssignment(WorkerAssignment.CONFIG_MISMATCH, LEADER,
                LEADER_URL, 12, List.of(), List.of(), List.of(), List.of(), 0), ConnectProtocol.COMPATIBLE);
    }

    @Test
    void cooperativeAssignmentGroupsLikeEager() {
        WorkerAssignment asLeaderListedIt = assignment(7, List.of("zeta", "alpha"),
                List.of(task("alpha", 1), task("alpha", 0), task("other", 2)), List.of(), List.of(), 0);
        assertRoundTrip(ASSIGNMENT_V1_GROUPED, asLeaderListedIt, ConnectProtocol.COMPATIBLE);
    }

    @Test
    void readsApacheAssignmentFields() {
        WorkerAssignment decoded = ConnectProtocolCodec.decodeAssignment(bytes(ASSIGNMENT_V2_REVOKING));
        assertEquals(WorkerAssignment.NO_ERROR, decoded.error());
        assertEquals(LEADER, decoded.leader());
        assertEquals(LEADER_URL, decoded.leaderUrl());
        assertEquals(9, decoded.configOffset());
        assertEquals(List.of("alpha"), decoded.connectors());
        assertEquals(List.of(task("alpha", 0)), decoded.tasks());
        assertEquals(List.of("beta"), decoded.revokedConnectors());
        assertEquals(List.of(task("beta", 0), task("beta", 1), task("gamma", 4)), decoded.revokedTasks());
        assertEquals(0, decoded.delay());
        assertEquals(300_000, ConnectProtocolCodec.decodeAssignment(bytes(ASSIGNMENT_V2_DELAYED)).delay());
        assertEquals(WorkerAssignment.CONFIG_MISMATCH,
                ConnectProtocolCodec.decodeAssignment(bytes(ASSIGNMENT_V1_CONFIG_MISMATCH)).error());
    }

    @Test
    void newerVersionsAreReadWithTheNewestKnownLayoutIgnoringTrailingFields() {
        // As Apache 4.3.1 does: version 3 with unknown bytes appended reads as version 2.
        WorkerAssignment decoded = ConnectProtocolCodec.decodeAssignment(
                bytes("0003" + ASSIGNMENT_V1_REVOKING.substring(4) + "deadbeef"));
        assertEquals(ConnectProtocolCodec.decodeAssignment(bytes(ASSIGNMENT_V1_REVOKING)), decoded);

        WorkerMetadata metadata = ConnectProtocolCodec.decodeMetadata(
                bytes("0003" + METADATA_V1_WITH_ASSIGNMENT.substring(4) + "0102030405"));
        assertEquals(ConnectProtocolCodec.decodeMetadata(bytes(METADATA_V1_WITH_ASSIGNMENT)), metadata);
    }

    @Test
    void olderMessagesLackTheNewerFields() {
        // A v1 reader given v0 bytes, and v1 bytes cut after the fields v0 knows: defaults, as in Apache.
        WorkerAssignment eager = ConnectProtocolCodec.decodeAssignment(bytes(ASSIGNMENT_V0_EMPTY));
        assertEquals(List.of(), eager.revokedConnectors());
        assertEquals(0, eager.delay());
        String truncated = "0001" + ASSIGNMENT_V0_EMPTY.substring(4);
        assertEquals(assignment(7, List.of(), List.of(), List.of(), List.of(), 0),
                ConnectProtocolCodec.decodeAssignment(bytes(truncated)));
        assertNull(ConnectProtocolCodec.decodeMetadata(bytes("0001" + METADATA_V0.substring(4))).previous());
    }

    @Test
    void nullAssignmentArraysReadAsEmpty() {
        String nullArrays = "00010000000a6c65616465722d6162630013687474703a2f2f6c65616465723a383038332f0000000000000007"
                + "ffffffffffffffff00000000";
        assertEquals(assignment(7, List.of(), List.of(), List.of(), List.of(), 0),
                ConnectProtocolCodec.decodeAssignment(bytes(nullArrays)));
    }

    @Test
    void negativeVersionsAreRejected() {
        assertThrows(SchemaException.class,
                () -> ConnectProtocolCodec.decodeAssignment(bytes("ffff" + ASSIGNMENT_V1_EMPTY.substring(4))));
        assertThrows(SchemaException.class,
                () -> ConnectProtocolCodec.decodeMetadata(bytes("ffff" + METADATA_V1_NO_ASSIGNMENT.substring(4))));
    }

    @Test
    void decodingLeavesTheCallersBufferUntouched() {
        ByteBuffer buffer = bytes(ASSIGNMENT_V1_EMPTY);
        ConnectProtocolCodec.decodeAssignment(buffer);
        assertEquals(0, buffer.position());
    }

    private static void assertRoundTrip(String apacheHex, WorkerAssignment assignment, ConnectProtocol protocol) {
        assertEquals(apacheHex, hex(ConnectProtocolCodec.encodeAssignment(assignment, protocol)));
        assertEquals(assignment, ConnectProtocolCodec.decodeAssignment(bytes(apacheHex)));
    }

    private static WorkerAssignment assignment(long offset, List<String> connectors, List<ConnectorTaskId> tasks,
                                               List<String> revokedConnectors, List<ConnectorTaskId> revokedTasks,
                                               int delay) {
        return new WorkerAssignment(WorkerAssignment.NO_ERROR, LEADER, LEADER_URL, offset, connectors, tasks,
                revokedConnectors, revokedTasks, delay);
    }

    private static ConnectorTaskId task(String connector, int task) {
        return new ConnectorTaskId(connector, task);
    }

    private static String hex(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static ByteBuffer bytes(String hex) {
        return ByteBuffer.wrap(HexFormat.of().parseHex(hex));
    }
}
