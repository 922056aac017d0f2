/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.ClientDnsLookup;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.GroupRebalanceConfig;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.security.auth.SecurityProtocol;

/**
 * The worker settings the group membership client reads: how to reach the brokers (with the usual client security
 * settings), the group, its timeouts and the {@code connect.protocol}. Other worker keys in the same map are
 * ignored. Names and defaults are those of Apache Kafka Connect 4.3's distributed worker (read from its generated
 * configuration table), which differ from the consumer's in places (request.timeout.ms is 40 s, say).
 */
public final class WorkerGroupConfig extends AbstractConfig {

    public static final String GROUP_ID_CONFIG = CommonClientConfigs.GROUP_ID_CONFIG;
    public static final String SESSION_TIMEOUT_MS_CONFIG = CommonClientConfigs.SESSION_TIMEOUT_MS_CONFIG;
    public static final String HEARTBEAT_INTERVAL_MS_CONFIG = CommonClientConfigs.HEARTBEAT_INTERVAL_MS_CONFIG;
    public static final String REBALANCE_TIMEOUT_MS_CONFIG = CommonClientConfigs.REBALANCE_TIMEOUT_MS_CONFIG;
    public static final String CONNECT_PROTOCOL_CONFIG = "connect.protocol";

    private static final ConfigDef CONFIG = configDef();

    /**
     * Parses the group client's keys out of a worker's settings, quietly (the worker logs its config once). Without
     * a client.id, one is made up ({@code connect-} and eight random hex digits): the broker builds member ids from
     * it, and log lines name it.
     */
    public WorkerGroupConfig(Map<String, ?> workerSettings) {
        super(CONFIG, withClientId(workerSettings), false);
    }

    /** A fresh copy of the keys this client reads. */
    public static ConfigDef configDef() {
        return new ConfigDef()
                .define(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, Type.LIST, ConfigDef.NO_DEFAULT_VALUE,
                        Importance.HIGH, CommonClientConfigs.BOOTSTRAP_SERVERS_DOC)
                .define(CommonClientConfigs.CLIENT_DNS_LOOKUP_CONFIG, Type.STRING,
                        ClientDnsLookup.USE_ALL_DNS_IPS.toString(),
                        ConfigDef.ValidString.in(ClientDnsLookup.USE_ALL_DNS_IPS.toString(),
                                ClientDnsLookup.RESOLVE_CANONICAL_BOOTSTRAP_SERVERS_ONLY.toString()),
                        Importance.MEDIUM, CommonClientConfigs.CLIENT_DNS_LOOKUP_DOC)
                .define(GROUP_ID_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, Importance.HIGH,
                        "A unique string that identifies the Connect cluster group this worker belongs to.")
                .define(SESSION_TIMEOUT_MS_CONFIG, Type.INT, 10_000, Importance.HIGH,
                        CommonClientConfigs.SESSION_TIMEOUT_MS_DOC)
                .define(HEARTBEAT_INTERVAL_MS_CONFIG, Type.INT, 3_000, Importance.HIGH,
                        CommonClientConfigs.HEARTBEAT_INTERVAL_MS_DOC)
                .define(REBALANCE_TIMEOUT_MS_CONFIG, Type.INT, 60_000, Importance.HIGH,
                        CommonClientConfigs.REBALANCE_TIMEOUT_MS_DOC)
                .define(CONNECT_PROTOCOL_CONFIG, Type.STRING, ConnectProtocol.DEFAULT.configValue(),
                        ConfigDef.CaseInsensitiveValidString.in(Arrays.stream(ConnectProtocol.values())
                                .map(ConnectProtocol::configValue).toArray(String[]::new)),
                        Importance.LOW, "Compatibility mode for Kafka Connect Protocol")
                .define(CommonClientConfigs.CLIENT_ID_CONFIG, Type.STRING, "", Importance.LOW,
                        CommonClientConfigs.CLIENT_ID_DOC)
                .define(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, Type.INT, 40_000, Range.atLeast(0),
                        Importance.MEDIUM, CommonClientConfigs.REQUEST_TIMEOUT_MS_DOC)
                .define(CommonClientConfigs.RETRY_BACKOFF_MS_CONFIG, Type.LONG, 100L, Range.atLeast(0),
                        Importance.LOW, CommonClientConfigs.RETRY_BACKOFF_MS_DOC)
                .define(CommonClientConfigs.RETRY_BACKOFF_MAX_MS_CONFIG, Type.LONG, 1_000L, Range.atLeast(0),
                        Importance.LOW, CommonClientConfigs.RETRY_BACKOFF_MAX_MS_DOC)
                .define(CommonClientConfigs.RECONNECT_BACKOFF_MS_CONFIG, Type.LONG, 50L, Range.atLeast(0),
                        Importance.LOW, CommonClientConfigs.RECONNECT_BACKOFF_MS_DOC)
                .define(CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_CONFIG, Type.LONG, 1_000L, Range.atLeast(0),
                        Importance.LOW, CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_DOC)
                .define(CommonClientConfigs.METADATA_MAX_AGE_CONFIG, Type.LONG, 300_000L, Range.atLeast(0),
                        Importance.LOW, CommonClientConfigs.METADATA_MAX_AGE_DOC)
                .define(CommonClientConfigs.CONNECTIONS_MAX_IDLE_MS_CONFIG, Type.LONG, 540_000L,
                        Importance.MEDIUM, CommonClientConfigs.CONNECTIONS_MAX_IDLE_MS_DOC)
                .define(CommonClientConfigs.SEND_BUFFER_CONFIG, Type.INT, 128 * 1024,
                        Range.atLeast(CommonClientConfigs.SEND_BUFFER_LOWER_BOUND), Importance.MEDIUM,
                        CommonClientConfigs.SEND_BUFFER_DOC)
                .define(CommonClientConfigs.RECEIVE_BUFFER_CONFIG, Type.INT, 32 * 1024,
                        Range.atLeast(CommonClientConfigs.RECEIVE_BUFFER_LOWER_BOUND), Importance.MEDIUM,
                        CommonClientConfigs.RECEIVE_BUFFER_DOC)
                .define(CommonClientConfigs.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, Type.LONG,
                        CommonClientConfigs.DEFAULT_SOCKET_CONNECTION_SETUP_TIMEOUT_MS, Range.atLeast(0),
                        Importance.MEDIUM, CommonClientConfigs.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_DOC)
                .define(CommonClientConfigs.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, Type.LONG,
                        CommonClientConfigs.DEFAULT_SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS, Range.atLeast(0),
                        Importance.MEDIUM, CommonClientConfigs.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_DOC)
                .define(CommonClientConfigs.METADATA_RECOVERY_STRATEGY_CONFIG, Type.STRING,
                        CommonClientConfigs.DEFAULT_METADATA_RECOVERY_STRATEGY,
                        ConfigDef.CaseInsensitiveValidString.in("rebootstrap", "none"), Importance.LOW,
                        CommonClientConfigs.METADATA_RECOVERY_STRATEGY_DOC)
                .define(CommonClientConfigs.METADATA_RECOVERY_REBOOTSTRAP_TRIGGER_MS_CONFIG, Type.LONG,
                        CommonClientConfigs.DEFAULT_METADATA_RECOVERY_REBOOTSTRAP_TRIGGER_MS, Range.atLeast(0),
                        Importance.LOW, CommonClientConfigs.METADATA_RECOVERY_REBOOTSTRAP_TRIGGER_MS_DOC)
                .define(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, Type.STRING,
                        CommonClientConfigs.DEFAULT_SECURITY_PROTOCOL,
                        ConfigDef.CaseInsensitiveValidString.in(Arrays.stream(SecurityProtocol.values())
                                .map(SecurityProtocol::name).toArray(String[]::new)),
                        Importance.MEDIUM, CommonClientConfigs.SECURITY_PROTOCOL_DOC)
                .withClientSslSupport()
                .withClientSaslSupport();
    }

    /** The protocol named by {@code connect.protocol}. */
    public ConnectProtocol protocol() {
        return ConnectProtocol.fromConfig(getString(CONNECT_PROTOCOL_CONFIG));
    }

    public String groupId() {
        return getString(GROUP_ID_CONFIG);
    }

    public String clientId() {
        return getString(CommonClientConfigs.CLIENT_ID_CONFIG);
    }

    /** The timeouts and backoffs kafka-clients' group coordination client works with (no static membership). */
    public GroupRebalanceConfig rebalanceConfig() {
        return new GroupRebalanceConfig(getInt(SESSION_TIMEOUT_MS_CONFIG), getInt(REBALANCE_TIMEOUT_MS_CONFIG),
                getInt(HEARTBEAT_INTERVAL_MS_CONFIG), groupId(), Optional.empty(), null,
                getLong(CommonClientConfigs.RETRY_BACKOFF_MS_CONFIG),
                getLong(CommonClientConfigs.RETRY_BACKOFF_MAX_MS_CONFIG));
    }

    private static Map<String, ?> withClientId(Map<String, ?> settings) {
        Object clientId = settings.get(CommonClientConfigs.CLIENT_ID_CONFIG);
        if (clientId != null && !clientId.toString().isEmpty()) {
            return settings;
        }
        Map<String, Object> copy = new HashMap<>(settings);
        copy.put(CommonClientConfigs.CLIENT_ID_CONFIG, "connect-" + UUID.randomUUID().toString().substring(0, 8));
        return copy;
    }
}
