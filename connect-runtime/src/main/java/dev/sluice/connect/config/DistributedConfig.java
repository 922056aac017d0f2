/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.security.auth.SecurityProtocol;

/**
 * Settings of a distributed worker: the shared worker settings plus the group it joins, the three internal topics
 * that hold the cluster's state, the rebalance protocol and the keys that sign requests between workers. Key names,
 * types and defaults are Apache Kafka Connect 4.3's, so an existing {@code connect-distributed.properties} works.
 */
public class DistributedConfig extends WorkerConfig {

    public static final String GROUP_ID_CONFIG = CommonClientConfigs.GROUP_ID_CONFIG;
    public static final String SESSION_TIMEOUT_MS_CONFIG = CommonClientConfigs.SESSION_TIMEOUT_MS_CONFIG;
    public static final String HEARTBEAT_INTERVAL_MS_CONFIG = CommonClientConfigs.HEARTBEAT_INTERVAL_MS_CONFIG;
    public static final String REBALANCE_TIMEOUT_MS_CONFIG = CommonClientConfigs.REBALANCE_TIMEOUT_MS_CONFIG;
    public static final String WORKER_SYNC_TIMEOUT_MS_CONFIG = "worker.sync.timeout.ms";
    public static final String WORKER_UNSYNC_BACKOFF_MS_CONFIG = "worker.unsync.backoff.ms";
    public static final String CONFIG_TOPIC_CONFIG = "config.storage.topic";
    public static final String CONFIG_STORAGE_REPLICATION_FACTOR_CONFIG = "config.storage.replication.factor";
    public static final String OFFSET_STORAGE_TOPIC_CONFIG = "offset.storage.topic";
    public static final String OFFSET_STORAGE_PARTITIONS_CONFIG = "offset.storage.partitions";
    public static final String OFFSET_STORAGE_REPLICATION_FACTOR_CONFIG = "offset.storage.replication.factor";
    public static final String STATUS_STORAGE_TOPIC_CONFIG = "status.storage.topic";
    public static final String STATUS_STORAGE_PARTITIONS_CONFIG = "status.storage.partitions";
    public static final String STATUS_STORAGE_REPLICATION_FACTOR_CONFIG = "status.storage.replication.factor";
    public static final String CONNECT_PROTOCOL_CONFIG = "connect.protocol";
    public static final String SCHEDULED_REBALANCE_MAX_DELAY_MS_CONFIG = "scheduled.rebalance.max.delay.ms";
    public static final String INTER_WORKER_KEY_GENERATION_ALGORITHM_CONFIG = "inter.worker.key.generation.algorithm";
    public static final String INTER_WORKER_KEY_SIZE_CONFIG = "inter.worker.key.size";
    public static final String INTER_WORKER_KEY_TTL_MS_CONFIG = "inter.worker.key.ttl.ms";
    public static final String INTER_WORKER_SIGNATURE_ALGORITHM_CONFIG = "inter.worker.signature.algorithm";
    public static final String INTER_WORKER_VERIFICATION_ALGORITHMS_CONFIG = "inter.worker.verification.algorithms";
    public static final String EXACTLY_ONCE_SOURCE_SUPPORT_CONFIG = "exactly.once.source.support";

    public static final String CONNECT_PROTOCOL_DEFAULT = "sessioned";
    public static final String INTER_WORKER_ALGORITHM_DEFAULT = "HmacSHA256";

    private static final ConfigDef CONFIG = configDef();

    /**
     * Parses distributed worker properties.
     *
     * @throws ConfigException naming the offending key
     */
    public DistributedConfig(Map<String, String> props) {
        super(CONFIG, props);
        requireAlgorithms();
    }

    /** A fresh copy of every key a distributed worker understands. */
    public static ConfigDef configDef() {
        ConfigDef def = baseConfigDef()
                .define(GROUP_ID_CONFIG, Type.STRING, Importance.HIGH,
                        "The Kafka group the workers of one Connect cluster share.")
                .define(SESSION_TIMEOUT_MS_CONFIG, Type.INT, 10_000, Importance.HIGH,
                        "How long the group waits for a worker's heartbeat before it removes the worker.")
                .define(HEARTBEAT_INTERVAL_MS_CONFIG, Type.INT, 3_000, Importance.HIGH,
                        "How often a worker sends heartbeats to the group; well below session.timeout.ms.")
                .define(REBALANCE_TIMEOUT_MS_CONFIG, Type.INT, 60_000, Importance.HIGH,
                        "How long every worker has to rejoin once a rebalance begins.")
                .define(WORKER_SYNC_TIMEOUT_MS_CONFIG, Type.INT, 3_000, Importance.MEDIUM,
                        "How long a worker out of step with the config topic tries to catch up before it leaves"
                                + " the group.")
                .define(WORKER_UNSYNC_BACKOFF_MS_CONFIG, Type.INT, 300_000, Importance.MEDIUM,
                        "How long a worker that could not catch up waits before it rejoins.")
                .define(CONFIG_TOPIC_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                        new ConfigDef.NonEmptyString(), Importance.HIGH,
                        "The compacted topic (one partition) holding connector and task configs.")
                .define(CONFIG_STORAGE_REPLICATION_FACTOR_CONFIG, Type.SHORT, (short) 3,
                        replicationFactor(), Importance.LOW,
                        "Replication factor of the config topic when the worker creates it; -1 for the broker's"
                                + " default.")
                .define(OFFSET_STORAGE_TOPIC_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                        new ConfigDef.NonEmptyString(), Importance.HIGH,
                        "The compacted topic holding source connector offsets.")
                .define(OFFSET_STORAGE_PARTITIONS_CONFIG, Type.INT, 25, partitions(), Importance.LOW,
                        "Partitions of the offsets topic when the worker creates it; -1 for the broker's default.")
                .define(OFFSET_STORAGE_REPLICATION_FACTOR_CONFIG, Type.SHORT, (short) 3, replicationFactor(),
                        Importance.LOW, "Replication factor of the offsets topic when the worker creates it; -1"
                                + " for the broker's default.")
                .define(STATUS_STORAGE_TOPIC_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                        new ConfigDef.NonEmptyString(), Importance.HIGH,
                        "The compacted topic holding connector and task statuses.")
                .define(STATUS_STORAGE_PARTITIONS_CONFIG, Type.INT, 5, partitions(), Importance.LOW,
                        "Partitions of the status topic when the worker creates it; -1 for the broker's default.")
                .define(STATUS_STORAGE_REPLICATION_FACTOR_CONFIG, Type.SHORT, (short) 3, replicationFactor(),
                        Importance.LOW, "Replication factor of the status topic when the worker creates it; -1"
                                + " for the broker's default.")
                .define(CONNECT_PROTOCOL_CONFIG, Type.STRING, CONNECT_PROTOCOL_DEFAULT,
                        ConfigDef.CaseInsensitiveValidString.in("eager", "compatible", "sessioned"), Importance.LOW,
                        "The group protocol: eager (stop everything on every rebalance), compatible (incremental"
                                + " cooperative) or sessioned (incremental cooperative with signed internal"
                                + " requests).")
                .define(SCHEDULED_REBALANCE_MAX_DELAY_MS_CONFIG, Type.INT, 300_000, ConfigDef.Range.atLeast(0),
                        Importance.LOW, "How long the leader keeps the work of a departed worker unassigned,"
                                + " waiting for it to return, before handing it to the others.")
                .define(INTER_WORKER_KEY_GENERATION_ALGORITHM_CONFIG, Type.STRING, INTER_WORKER_ALGORITHM_DEFAULT,
                        Importance.LOW, "KeyGenerator algorithm of the session key that signs requests between"
                                + " workers.")
                .define(INTER_WORKER_KEY_SIZE_CONFIG, Type.INT, null, Importance.LOW,
                        "Size in bits of the session key; unset uses the algorithm's default.")
                .define(INTER_WORKER_KEY_TTL_MS_CONFIG, Type.INT, 3_600_000, ConfigDef.Range.between(0,
                        Integer.MAX_VALUE), Importance.LOW, "How long a session key is used before the leader"
                                + " rotates it.")
                .define(INTER_WORKER_SIGNATURE_ALGORITHM_CONFIG, Type.STRING, INTER_WORKER_ALGORITHM_DEFAULT,
                        Importance.LOW, "Mac algorithm this worker signs internal requests with.")
                .define(INTER_WORKER_VERIFICATION_ALGORITHMS_CONFIG, Type.LIST,
                        List.of(INTER_WORKER_ALGORITHM_DEFAULT), Importance.LOW,
                        "Mac algorithms this worker accepts on internal requests; must include the signature"
                                + " algorithm.")
                .define(EXACTLY_ONCE_SOURCE_SUPPORT_CONFIG, Type.STRING, "disabled",
                        ConfigDef.CaseInsensitiveValidString.in("disabled", "preparing", "enabled"), Importance.HIGH,
                        "Whether source connectors' tasks write their records and source offsets in transactions,"
                                + " fencing out earlier generations of tasks before starting new ones. On a running"
                                + " cluster, set 'preparing' on every worker first, then 'enabled'.")
                .define(CommonClientConfigs.CLIENT_ID_CONFIG, Type.STRING, "", Importance.LOW,
                        CommonClientConfigs.CLIENT_ID_DOC)
                .define(CommonClientConfigs.METADATA_MAX_AGE_CONFIG, Type.LONG, 300_000L, ConfigDef.Range.atLeast(0),
                        Importance.LOW, CommonClientConfigs.METADATA_MAX_AGE_DOC)
                .define(CommonClientConfigs.SEND_BUFFER_CONFIG, Type.INT, 128 * 1024, ConfigDef.Range.atLeast(-1),
                        Importance.MEDIUM, CommonClientConfigs.SEND_BUFFER_DOC)
                .define(CommonClientConfigs.RECEIVE_BUFFER_CONFIG, Type.INT, 32 * 1024,
                        ConfigDef.Range.atLeast(-1), Importance.MEDIUM, CommonClientConfigs.RECEIVE_BUFFER_DOC)
                .define(CommonClientConfigs.RECONNECT_BACKOFF_MS_CONFIG, Type.LONG, 50L, ConfigDef.Range.atLeast(0),
                        Importance.LOW, CommonClientConfigs.RECONNECT_BACKOFF_MS_DOC)
                .define(CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_CONFIG, Type.LONG, 1_000L,
                        ConfigDef.Range.atLeast(0), Importance.LOW, CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_DOC)
                .define(CommonClientConfigs.RETRY_BACKOFF_MS_CONFIG, Type.LONG, 100L, ConfigDef.Range.atLeast(0),
                        Importance.LOW, CommonClientConfigs.RETRY_BACKOFF_MS_DOC)
                .define(CommonClientConfigs.RETRY_BACKOFF_MAX_MS_CONFIG, Type.LONG, 1_000L,
                        ConfigDef.Range.atLeast(0), Importance.LOW, CommonClientConfigs.RETRY_BACKOFF_MAX_MS_DOC)
                .define(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, Type.INT, 40_000, ConfigDef.Range.atLeast(0),
                        Importance.MEDIUM, CommonClientConfigs.REQUEST_TIMEOUT_MS_DOC)
                .define(CommonClientConfigs.CONNECTIONS_MAX_IDLE_MS_CONFIG, Type.LONG, 540_000L, Importance.MEDIUM,
                        CommonClientConfigs.CONNECTIONS_MAX_IDLE_MS_DOC)
                .define(CommonClientConfigs.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, Type.LONG, 10_000L,
                        Importance.LOW, CommonClientConfigs.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_DOC)
                .define(CommonClientConfigs.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, Type.LONG, 30_000L,
                        Importance.LOW, CommonClientConfigs.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_DOC)
                .define(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, Type.STRING,
                        CommonClientConfigs.DEFAULT_SECURITY_PROTOCOL,
                        ConfigDef.CaseInsensitiveValidString.in(securityProtocols()), Importance.MEDIUM,
                        CommonClientConfigs.SECURITY_PROTOCOL_DOC);
        def.withClientSaslSupport();
        return def;
    }

    private static String[] securityProtocols() {
        return SecurityProtocol.names().toArray(String[]::new);
    }

    private static ConfigDef.Validator replicationFactor() {
        return (name, value) -> {
            if (value != null && ((Number) value).intValue() != -1 && ((Number) value).intValue() < 1) {
                throw new ConfigException(name, value, "Replication factor must be positive, or -1 to use the"
                        + " broker's default");
            }
        };
    }

    private static ConfigDef.Validator partitions() {
        return (name, value) -> {
            if (value != null && ((Number) value).intValue() != -1 && ((Number) value).intValue() < 1) {
                throw new ConfigException(name, value, "Number of partitions must be positive, or -1 to use the"
                        + " broker's default");
            }
        };
    }

    private void requireAlgorithms() {
        String generation = getString(INTER_WORKER_KEY_GENERATION_ALGORITHM_CONFIG);
        try {
            KeyGenerator.getInstance(generation);
        } catch (NoSuchAlgorithmException e) {
            throw new ConfigException(INTER_WORKER_KEY_GENERATION_ALGORITHM_CONFIG, generation,
                    "This JVM has no KeyGenerator for it");
        }
        for (String algorithm : getList(INTER_WORKER_VERIFICATION_ALGORITHMS_CONFIG)) {
            requireMac(INTER_WORKER_VERIFICATION_ALGORITHMS_CONFIG, algorithm);
        }
        String signature = getString(INTER_WORKER_SIGNATURE_ALGORITHM_CONFIG);
        requireMac(INTER_WORKER_SIGNATURE_ALGORITHM_CONFIG, signature);
        if (!getList(INTER_WORKER_VERIFICATION_ALGORITHMS_CONFIG).contains(signature)) {
            throw new ConfigException(INTER_WORKER_VERIFICATION_ALGORITHMS_CONFIG,
                    getList(INTER_WORKER_VERIFICATION_ALGORITHMS_CONFIG), "Must include the signature algorithm "
                            + signature + " (" + INTER_WORKER_SIGNATURE_ALGORITHM_CONFIG + ")");
        }
    }

    private static void requireMac(String key, String algorithm) {
        try {
            Mac.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new ConfigException(key, algorithm, "This JVM has no Mac for it");
        }
    }

    public String groupId() {
        return getString(GROUP_ID_CONFIG);
    }

    public String connectProtocol() {
        return getString(CONNECT_PROTOCOL_CONFIG).toLowerCase(Locale.ROOT);
    }

    public int scheduledRebalanceMaxDelayMs() {
        return getInt(SCHEDULED_REBALANCE_MAX_DELAY_MS_CONFIG);
    }

    public String configTopic() {
        return getString(CONFIG_TOPIC_CONFIG);
    }

    public String offsetsTopic() {
        return getString(OFFSET_STORAGE_TOPIC_CONFIG);
    }

    public String statusTopic() {
        return getString(STATUS_STORAGE_TOPIC_CONFIG);
    }

    public int workerSyncTimeoutMs() {
        return getInt(WORKER_SYNC_TIMEOUT_MS_CONFIG);
    }

    public int workerUnsyncBackoffMs() {
        return getInt(WORKER_UNSYNC_BACKOFF_MS_CONFIG);
    }

    public ExactlyOnceSourceSupport exactlyOnceSourceSupport() {
        return ExactlyOnceSourceSupport.fromProperty(getString(EXACTLY_ONCE_SOURCE_SUPPORT_CONFIG));
    }

    /**
     * The {@code group.id} that names the transactional producers of exactly-once source tasks, or null when the
     * worker's source tasks produce without transactions (standalone, or not {@code enabled}).
     */
    public static String exactlyOnceSourceGroup(WorkerConfig config) {
        return config instanceof DistributedConfig distributed
                && distributed.exactlyOnceSourceSupport().tasksUseTransactions() ? distributed.groupId() : null;
    }

    public int keyTtlMs() {
        return getInt(INTER_WORKER_KEY_TTL_MS_CONFIG);
    }
}
