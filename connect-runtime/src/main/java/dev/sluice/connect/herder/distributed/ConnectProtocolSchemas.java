/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import org.apache.kafka.common.protocol.types.ArrayOf;
import org.apache.kafka.common.protocol.types.Field;
import org.apache.kafka.common.protocol.types.Schema;
import org.apache.kafka.common.protocol.types.Type;

/**
 * The layouts of the Connect protocol's embedded member metadata and assignments (KIP-415, KIP-507), in kafka-clients'
 * schema types. Every message starts with {@link #HEADER}; the body follows.
 *
 * <pre>
 * Metadata v0      version:int16  url:string  config-offset:int64
 * Metadata v1, v2  ... as v0 ...  allocation:nullable bytes      (the member's current assignment, encoded as
 *                                                                 an assignment of the same version, or null)
 * Assignment v0    version:int16  error:int16  leader:string  leader-url:string  config-offset:int64
 *                  assignment:[connector:string tasks:[int32]]
 * Assignment v1,v2 ... as v0, but assignment is a nullable array ...  revoked:nullable [same]  delay:int32
 * </pre>
 *
 * <p>Connectors and tasks travel grouped by connector: one entry per connector name whose task list holds
 * {@link #CONNECTOR_TASK} when the connector itself is meant, followed by the task numbers.
 *
 * <p>Version 2 has the same layout as version 1; only the protocol name differs. The fields added in version 1 carry
 * defaults and the schemas tolerate their absence, and a reader ignores bytes after the fields it knows, so a
 * message of a newer version is read with the newest schema known here (the protocol's forward compatibility rule).
 */
final class ConnectProtocolSchemas {

    /** The task number that stands for the connector itself inside a connector entry. */
    static final int CONNECTOR_TASK = -1;

    static final String VERSION = "version";
    static final String URL = "url";
    static final String CONFIG_OFFSET = "config-offset";
    static final String ALLOCATION = "allocation";
    static final String ERROR = "error";
    static final String LEADER = "leader";
    static final String LEADER_URL = "leader-url";
    static final String ASSIGNMENT = "assignment";
    static final String REVOKED = "revoked";
    static final String DELAY = "delay";
    static final String CONNECTOR = "connector";
    static final String TASKS = "tasks";

    static final Schema HEADER = new Schema(new Field(VERSION, Type.INT16));

    static final Schema CONFIG_STATE = new Schema(
            new Field(URL, Type.STRING),
            new Field(CONFIG_OFFSET, Type.INT64));

    static final Schema ALLOCATION_V1 = new Schema(true,
            new Field(ALLOCATION, Type.NULLABLE_BYTES, "the member's current assignment", true, null));

    static final Schema CONNECTOR_ASSIGNMENT = new Schema(
            new Field(CONNECTOR, Type.STRING),
            new Field(TASKS, new ArrayOf(Type.INT32)));

    static final Schema ASSIGNMENT_V0 = new Schema(
            new Field(ERROR, Type.INT16),
            new Field(LEADER, Type.STRING),
            new Field(LEADER_URL, Type.STRING),
            new Field(CONFIG_OFFSET, Type.INT64),
            new Field(ASSIGNMENT, new ArrayOf(CONNECTOR_ASSIGNMENT)));

    static final Schema ASSIGNMENT_V1 = new Schema(true,
            new Field(ERROR, Type.INT16),
            new Field(LEADER, Type.STRING),
            new Field(LEADER_URL, Type.STRING),
            new Field(CONFIG_OFFSET, Type.INT64),
            new Field(ASSIGNMENT, ArrayOf.nullable(CONNECTOR_ASSIGNMENT), "assigned", true, null),
            new Field(REVOKED, ArrayOf.nullable(CONNECTOR_ASSIGNMENT), "revoked", true, null),
            new Field(DELAY, Type.INT32, "scheduled rebalance delay", true, 0));

    private ConnectProtocolSchemas() {
    }

    /** The assignment layout for a header version; versions newer than this code knows read as the newest known. */
    static Schema assignmentSchema(short version) {
        return version == ConnectProtocol.EAGER.version() ? ASSIGNMENT_V0 : ASSIGNMENT_V1;
    }
}
