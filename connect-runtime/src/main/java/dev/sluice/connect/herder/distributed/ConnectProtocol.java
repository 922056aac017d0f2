/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import java.util.List;

/**
 * The versions of the Connect group protocol, one per value of the worker's {@code connect.protocol} setting.
 *
 * <p>A worker advertises, in its JoinGroup request, the protocol its setting names and every older one it can fall
 * back to, most preferred first; the group coordinator picks the most preferred protocol all members share and
 * hands its <em>name</em> back in the JoinGroup response. Names and versions are those Apache Kafka Connect 4.3
 * uses on the wire (the eager protocol is called {@code default} there), so Sluice and Apache workers can share a
 * group.
 */
public enum ConnectProtocol {

    /** Stop-the-world rebalancing (KIP-415's "eager"): every member gives up everything before each rejoin. */
    EAGER("eager", "default", (short) 0),
    /** Incremental cooperative rebalancing (KIP-415): members keep their work and give up only what is revoked. */
    COMPATIBLE("compatible", "compatible", (short) 1),
    /** Incremental cooperative rebalancing plus a session key for signed inter-worker requests (KIP-507). */
    SESSIONED("sessioned", "sessioned", (short) 2);

    /** The setting's default in Apache Kafka Connect 4.3 (KIP-507 made it {@code sessioned}). */
    public static final ConnectProtocol DEFAULT = SESSIONED;

    private final String configValue;
    private final String protocolName;
    private final short version;

    ConnectProtocol(String configValue, String protocolName, short version) {
        this.configValue = configValue;
        this.protocolName = protocolName;
        this.version = version;
    }

    /**
     * The protocol a {@code connect.protocol} value selects, ignoring case as Apache does.
     *
     * @throws IllegalArgumentException for any other value (there is no {@code cooperative}: KIP-415 proposed it,
     *                                  the release named it {@code compatible})
     */
    public static ConnectProtocol fromConfig(String value) {
        for (ConnectProtocol protocol : values()) {
            if (protocol.configValue.equalsIgnoreCase(value.trim())) {
                return protocol;
            }
        }
        throw new IllegalArgumentException("Unknown Connect protocol compatibility mode: " + value);
    }

    /** The protocol the group coordinator chose, from the name in the JoinGroup response. */
    public static ConnectProtocol fromProtocolName(String name) {
        for (ConnectProtocol protocol : values()) {
            if (protocol.protocolName.equals(name)) {
                return protocol;
            }
        }
        throw new IllegalArgumentException("Not a Connect protocol name: " + name);
    }

    /** The protocol a version number in an embedded header stands for. */
    public static ConnectProtocol fromVersion(short version) {
        for (ConnectProtocol protocol : values()) {
            if (protocol.version == version) {
                return protocol;
            }
        }
        throw new IllegalArgumentException("Unknown Connect protocol version: " + version);
    }

    /** The value of the {@code connect.protocol} setting that selects this protocol. */
    public String configValue() {
        return configValue;
    }

    /** The protocol name in JoinGroup requests and responses. */
    public String protocolName() {
        return protocolName;
    }

    /** The version written at the head of member metadata and assignments. */
    public short version() {
        return version;
    }

    /** Whether members keep their work through a rebalance and receive revocations in the assignment. */
    public boolean cooperative() {
        return version > EAGER.version;
    }

    /**
     * The protocols a worker with this setting offers in its JoinGroup request, most preferred first: this one and
     * every older one, so a group with older members settles on the newest protocol all of them speak.
     */
    public List<ConnectProtocol> advertised() {
        return switch (this) {
            case EAGER -> List.of(EAGER);
            case COMPATIBLE -> List.of(COMPATIBLE, EAGER);
            case SESSIONED -> List.of(SESSIONED, COMPATIBLE, EAGER);
        };
    }

    /** The setting's value, as users write it. */
    @Override
    public String toString() {
        return configValue;
    }
}
