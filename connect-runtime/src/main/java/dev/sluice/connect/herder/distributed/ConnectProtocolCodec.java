/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import static dev.sluice.connect.herder.distributed.ConnectProtocolSchemas.ALLOCATION;
import static dev.sluice.connect.herder.distributed.ConnectProtocolSchemas.ALLOCATION_V1;
import static dev.sluice.connect.herder.distributed.ConnectProtocolSchemas.ASSIGNMENT;
import static dev.sluice.connect.herder.distributed.ConnectProtocolSchemas.CONFIG_OFFSET;
import static dev.sluice.connect.herder.distributed.ConnectProtocolSchemas.CONFIG_STATE;
import static dev.sluice.connect.herder.distributed.ConnectProtocolSchemas.CONNECTOR;
import static dev.sluice.connect.herder.distributed.ConnectProtocolSchemas.CONNECTOR_ASSIGNMENT;
import static dev.sluice.connect.herder.distributed.ConnectProtocolSchemas.CONNECTOR_TASK;
import static dev.sluice.connect.herder.distributed.ConnectProtocolSchemas.DELAY;
import static dev.sluice.connect.herder.distributed.ConnectProtocolSchemas.ERROR;
import static dev.sluice.connect.herder.distributed.ConnectProtocolSchemas.HEADER;
import static dev.sluice.connect.herder.distributed.ConnectProtocolSchemas.LEADER;
import static dev.sluice.connect.herder.distributed.ConnectProtocolSchemas.LEADER_URL;
import static dev.sluice.connect.herder.distributed.ConnectProtocolSchemas.REVOKED;
import static dev.sluice.connect.herder.distributed.ConnectProtocolSchemas.TASKS;
import static dev.sluice.connect.herder.distributed.ConnectProtocolSchemas.URL;
import static dev.sluice.connect.herder.distributed.ConnectProtocolSchemas.VERSION;
import static dev.sluice.connect.herder.distributed.ConnectProtocolSchemas.assignmentSchema;

import dev.sluice.connect.domain.ConnectorTaskId;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.protocol.types.SchemaException;
import org.apache.kafka.common.protocol.types.Struct;

/**
 * Writes and reads the Connect protocol's member metadata and assignments, byte for byte as Apache Kafka Connect
 * 4.3 does (layouts in {@link ConnectProtocolSchemas}).
 *
 * <p>Connectors and tasks are written grouped by connector, in order of first appearance: each listed connector
 * opens an entry ({@code [-1]}), then each task joins its connector's entry, opening a new one after the listed
 * connectors when its connector is not listed. Reading flattens the entries back, so a decoded assignment lists
 * connectors and tasks in entry order; a list that was already grouped this way round-trips unchanged.
 *
 * <p>Reading accepts every version from 0 up: older messages lack the newer fields (read as empty and 0), newer
 * ones are read with the newest layout known here and their extra trailing bytes are ignored. Only a negative
 * version is rejected.
 */
public final class ConnectProtocolCodec {

    private ConnectProtocolCodec() {
    }

    /**
     * The metadata a worker sends in its JoinGroup request for one protocol. Version 0 carries only the URL and
     * config offset; later versions add the worker's current assignment, encoded with the same version, or null when
     * {@code metadata.previous()} is null or has no leader (the worker holds no assignment yet).
     */
    public static ByteBuffer encodeMetadata(WorkerMetadata metadata, ConnectProtocol protocol) {
        Struct header = header(protocol);
        Struct configState = new Struct(CONFIG_STATE)
                .set(URL, metadata.url())
                .set(CONFIG_OFFSET, metadata.configOffset());
        Struct allocation = null;
        int size = header.sizeOf() + configState.sizeOf();
        if (protocol.cooperative()) {
            WorkerAssignment previous = metadata.previous();
            ByteBuffer encoded = previous == null || previous.leader() == null ? null : encodeAssignment(previous, protocol);
            allocation = new Struct(ALLOCATION_V1).set(ALLOCATION, encoded);
            size += allocation.sizeOf();
        }
        ByteBuffer buffer = ByteBuffer.allocate(size);
        header.writeTo(buffer);
        configState.writeTo(buffer);
        if (allocation != null) {
            allocation.writeTo(buffer);
        }
        return buffer.flip();
    }

    /** Reads member metadata of any version; {@code previous} is null for version 0 and when none was sent. */
    public static WorkerMetadata decodeMetadata(ByteBuffer bytes) {
        ByteBuffer buffer = bytes.duplicate();
        short version = readVersion(buffer);
        Struct configState = CONFIG_STATE.read(buffer);
        WorkerAssignment previous = null;
        if (version > ConnectProtocol.EAGER.version()) {
            ByteBuffer allocation = ALLOCATION_V1.read(buffer).getBytes(ALLOCATION);
            previous = allocation == null ? null : decodeAssignment(allocation);
        }
        return new WorkerMetadata(configState.getString(URL), configState.getLong(CONFIG_OFFSET), previous);
    }

    /**
     * The assignment the leader sends one member. The eager protocol's layout has no revocations or delay: encoding
     * an assignment that has some for {@link ConnectProtocol#EAGER} is a bug in the assignor.
     *
     * @throws IllegalArgumentException for revocations or a delay under the eager protocol
     */
    public static ByteBuffer encodeAssignment(WorkerAssignment assignment, ConnectProtocol protocol) {
        Struct header = header(protocol);
        Struct body = new Struct(assignmentSchema(protocol.version()))
                .set(ERROR, assignment.error())
                .set(LEADER, assignment.leader())
                .set(LEADER_URL, assignment.leaderUrl())
                .set(CONFIG_OFFSET, assignment.configOffset())
                .set(ASSIGNMENT, connectorEntries(assignment.connectors(), assignment.tasks()));
        if (protocol.cooperative()) {
            body.set(REVOKED, connectorEntries(assignment.revokedConnectors(), assignment.revokedTasks()))
                    .set(DELAY, assignment.delay());
        } else if (!assignment.revokedConnectors().isEmpty() || !assignment.revokedTasks().isEmpty()
                || assignment.delay() != 0) {
            throw new IllegalArgumentException("The eager Connect protocol has no revocations or delay: " + assignment);
        }
        ByteBuffer buffer = ByteBuffer.allocate(header.sizeOf() + body.sizeOf());
        header.writeTo(buffer);
        body.writeTo(buffer);
        return buffer.flip();
    }

    /** Reads an assignment of any version; version 0 yields no revocations and no delay. */
    public static WorkerAssignment decodeAssignment(ByteBuffer bytes) {
        ByteBuffer buffer = bytes.duplicate();
        short version = readVersion(buffer);
        Struct body = assignmentSchema(version).read(buffer);
        List<String> connectors = new ArrayList<>();
        List<ConnectorTaskId> tasks = new ArrayList<>();
        flatten(body.getArray(ASSIGNMENT), connectors, tasks);
        List<String> revokedConnectors = new ArrayList<>();
        List<ConnectorTaskId> revokedTasks = new ArrayList<>();
        int delay = 0;
        if (version > ConnectProtocol.EAGER.version()) {
            flatten(body.getArray(REVOKED), revokedConnectors, revokedTasks);
            delay = body.getInt(DELAY);
        }
        return new WorkerAssignment(body.getShort(ERROR), body.getString(LEADER), body.getString(LEADER_URL),
                body.getLong(CONFIG_OFFSET), connectors, tasks, revokedConnectors, revokedTasks, delay);
    }

    private static Struct header(ConnectProtocol protocol) {
        return new Struct(HEADER).set(VERSION, protocol.version());
    }

    private static short readVersion(ByteBuffer buffer) {
        short version = HEADER.read(buffer).getShort(VERSION);
        if (version < ConnectProtocol.EAGER.version()) {
            throw new SchemaException("Unsupported Connect protocol version: " + version);
        }
        return version;
    }

    private static Object[] connectorEntries(List<String> connectors, List<ConnectorTaskId> tasks) {
        Map<String, List<Integer>> byConnector = new LinkedHashMap<>();
        for (String connector : connectors) {
            byConnector.computeIfAbsent(connector, name -> new ArrayList<>()).add(CONNECTOR_TASK);
        }
        for (ConnectorTaskId task : tasks) {
            byConnector.computeIfAbsent(task.connector(), name -> new ArrayList<>()).add(task.task());
        }
        return byConnector.entrySet().stream()
                .map(entry -> new Struct(CONNECTOR_ASSIGNMENT)
                        .set(CONNECTOR, entry.getKey())
                        .set(TASKS, entry.getValue().toArray()))
                .toArray();
    }

    private static void flatten(Object[] entries, List<String> connectors, List<ConnectorTaskId> tasks) {
        if (entries == null) {
            return;
        }
        for (Object element : entries) {
            Struct entry = (Struct) element;
            String connector = entry.getString(CONNECTOR);
            for (Object taskNumber : entry.getArray(TASKS)) {
                int task = (Integer) taskNumber;
                if (task == CONNECTOR_TASK) {
                    connectors.add(connector);
                } else {
                    tasks.add(new ConnectorTaskId(connector, task));
                }
            }
        }
    }
}
