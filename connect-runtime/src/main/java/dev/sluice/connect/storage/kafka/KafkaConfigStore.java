/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.RestartRequest;
import dev.sluice.connect.domain.SessionKey;
import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.storage.ConfigSnapshot;
import dev.sluice.connect.storage.ConfigStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The distributed worker's config store: a typed view over the config topic. Every record any worker writes is
 * read back by every worker into {@link ConfigState}; a write returns once the broker acknowledged it, and
 * {@link #refresh} waits until the snapshot shows everything written before it. Records are written in Apache Kafka
 * Connect 4.3.1's format, so Apache and Sluice workers share one config topic.
 */
public final class KafkaConfigStore implements ConfigStore {

    private static final Logger log = LoggerFactory.getLogger(KafkaConfigStore.class);
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);

    private static final Listener NO_LISTENER = new Listener() {
        @Override
        public void onChange() {
        }

        @Override
        public void onRestartRequest(RestartRequest request) {
        }
    };

    private final ConfigRecordCodec codec;
    private final TopicJournal journal;
    private final ConfigState state = new ConfigState();
    private volatile Listener listener = NO_LISTENER;
    private volatile LoggerLevelListener loggerLevels = (namespace, level) -> { };
    private volatile boolean started;

    /** @param journals builds the journal of the config topic around this store's record callback */
    public KafkaConfigStore(String topic, Function<TopicJournal.RecordCallback, TopicJournal> journals) {
        this.codec = new ConfigRecordCodec(topic);
        this.journal = journals.apply(this::onRecord);
    }

    /** A store over {@code topic} whose clients are built from the worker's settings. */
    public static KafkaConfigStore create(String topic, InternalClientConfigs clients) {
        return new KafkaConfigStore(topic, callback -> TopicJournal.create(topic, clients, "configs", callback));
    }

    @Override
    public void listener(Listener listener) {
        this.listener = listener;
    }

    /** Told about {@code logger-cluster-*} records read after start. */
    @Override
    public void loggerLevelListener(LoggerLevelListener listener) {
        this.loggerLevels = listener;
    }

    @Override
    public void start() {
        journal.start();
        started = true;
        ConfigSnapshot loaded = snapshot();
        log.info("Read the config topic {} to offset {}: {} connectors", journal.topic(), loaded.offset(),
                loaded.connectors().size());
    }

    @Override
    public void stop() {
        journal.stop();
    }

    @Override
    public ConfigSnapshot snapshot() {
        return state.snapshot();
    }

    private void onRecord(ConsumerRecord<byte[], byte[]> record) {
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        Optional<ConfigRecord> decoded = key == null ? Optional.empty() : codec.decode(key, record.value());
        if (decoded.isEmpty()) {
            state.skip(record.offset());
            return;
        }
        ConfigRecord applied = decoded.get();
        state.apply(applied, record.offset());
        if (!started) {
            return;
        }
        if (applied instanceof ConfigRecord.RestartRequestRecord restart) {
            listener.onRestartRequest(new RestartRequest(restart.connector(), restart.onlyFailed(),
                    restart.includeTasks()));
        } else if (applied instanceof ConfigRecord.LoggerLevelRecord level) {
            loggerLevels.onLoggerLevel(level.namespace(), level.level());
        } else {
            listener.onChange();
        }
    }

    @Override
    public void putConnectorConfig(String connector, Map<String, String> config, TargetState initialState) {
        List<ConfigRecord> records = new ArrayList<>();
        records.add(new ConfigRecord.ConnectorConfig(connector, config));
        if (initialState != null) {
            records.add(new ConfigRecord.TargetStateRecord(connector, initialState));
        }
        write(records);
    }

    @Override
    public void removeConnectorConfig(String connector) {
        write(List.of(new ConfigRecord.ConnectorConfig(connector, null),
                new ConfigRecord.TargetStateRecord(connector, null)));
    }

    @Override
    public void putTaskConfigs(String connector, List<Map<String, String>> configs) {
        List<ConfigRecord> records = new ArrayList<>();
        for (int i = 0; i < configs.size(); i++) {
            records.add(new ConfigRecord.TaskConfig(new ConnectorTaskId(connector, i), configs.get(i)));
        }
        records.add(new ConfigRecord.TaskCommit(connector, configs.size()));
        write(records);
    }

    @Override
    public void putTargetState(String connector, TargetState state) {
        write(List.of(new ConfigRecord.TargetStateRecord(connector, state)));
    }

    @Override
    public void putRestartRequest(RestartRequest request) {
        write(List.of(new ConfigRecord.RestartRequestRecord(request.connectorName(), request.onlyFailed(),
                request.includeTasks())));
    }

    @Override
    public void putSessionKey(SessionKey key) {
        write(List.of(new ConfigRecord.SessionKeyRecord(key)));
    }

    @Override
    public void putTaskCountRecord(String connector, int taskCount) {
        write(List.of(new ConfigRecord.TaskCountRecord(connector, taskCount)));
    }

    /** Writes a {@code logger-cluster-NAMESPACE} record, which every worker applies when it reads it. */
    @Override
    public void putLoggerLevel(String namespace, String level) {
        write(List.of(new ConfigRecord.LoggerLevelRecord(namespace, level)));
    }

    /** Appends the records in order and waits until the broker acknowledged the last. */
    private void write(List<ConfigRecord> records) {
        CompletableFuture<?> last = null;
        for (ConfigRecord record : records) {
            EncodedRecord encoded = codec.encode(record);
            last = journal.append(encoded.keyBytes(), encoded.value());
        }
        try {
            journal.flush();
            last.get(WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new ConnectException("Could not write to the config topic " + journal.topic(), e.getCause());
        } catch (TimeoutException e) {
            throw new ConnectException("Timed out writing to the config topic " + journal.topic(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while writing to the config topic", e);
        }
    }

    @Override
    public void refresh(Duration timeout) throws TimeoutException {
        try {
            journal.readToEnd().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new ConnectException("Could not read the config topic " + journal.topic(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while reading the config topic", e);
        }
    }
}
