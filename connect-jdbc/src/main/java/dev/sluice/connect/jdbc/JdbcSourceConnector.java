/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc;

import dev.sluice.connect.jdbc.TableId;
import dev.sluice.connect.jdbc.dialect.Dialect;
import dev.sluice.connect.jdbc.source.ConfigChecks;
import dev.sluice.connect.jdbc.source.JdbcSourceConfig;
import dev.sluice.connect.jdbc.source.JdbcSourceTask;
import dev.sluice.connect.jdbc.source.OffsetChecks;
import dev.sluice.connect.jdbc.source.TableListCodec;
import dev.sluice.connect.jdbc.source.TableMonitor;
import dev.sluice.connect.jdbc.source.TableSelection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;
import org.apache.kafka.connect.util.ConnectorUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies database tables (or the result of one query) into topics. The connector lists the tables, spreads them
 * over the tasks and watches for created and dropped tables; the tasks do the querying.
 */
public class JdbcSourceConnector extends SourceConnector {

    private static final Logger log = LoggerFactory.getLogger(JdbcSourceConnector.class);

    private Map<String, String> props;
    private JdbcSourceConfig config;
    private ConnectionProvider connections;
    private TableMonitor monitor;

    @Override
    public String version() {
        return AppInfoParser.getVersion();
    }

    @Override
    public void start(Map<String, String> props) {
        this.props = new HashMap<>(props);
        config = new JdbcSourceConfig(props);
        ConfigChecks.check(config.values());
        if (config.queryMode()) {
            return; // one task runs the query; there are no tables to list or watch
        }
        Dialect dialect = config.database().dialect();
        TableSelection selection = TableSelection.of(config);
        String catalogPattern = config.getString(JdbcSourceConfig.CATALOG_PATTERN);
        String schemaPattern = config.getString(JdbcSourceConfig.SCHEMA_PATTERN);
        List<String> tableTypes = config.getList(JdbcSourceConfig.TABLE_TYPES);
        connections = config.database().connections();
        monitor = new TableMonitor(() -> selection.select(dialect.tables(connections.connection(), catalogPattern,
                schemaPattern, tableTypes)), context(), config.getLong(JdbcSourceConfig.TABLE_POLL_INTERVAL_MS));
        try {
            monitor.start(props.getOrDefault("name", "jdbc-source"));
        } catch (RuntimeException e) {
            connections.close();
            throw e;
        }
    }

    @Override
    public Class<? extends Task> taskClass() {
        return JdbcSourceTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        if (config.queryMode()) {
            return List.of(new HashMap<>(props));
        }
        List<TableId> tables = monitor.tables();
        if (tables.isEmpty()) {
            log.warn("No tables to copy: none found for {}={}, {}={}, {}={} that pass the include and exclude"
                            + " lists; the connector runs no tasks until a table appears",
                    JdbcSourceConfig.CATALOG_PATTERN, config.getString(JdbcSourceConfig.CATALOG_PATTERN),
                    JdbcSourceConfig.SCHEMA_PATTERN, config.getString(JdbcSourceConfig.SCHEMA_PATTERN),
                    JdbcSourceConfig.TABLE_TYPES, config.getList(JdbcSourceConfig.TABLE_TYPES));
            return List.of();
        }
        List<Map<String, String>> configs = new ArrayList<>();
        for (List<TableId> group : ConnectorUtils.groupPartitions(tables, Math.min(maxTasks, tables.size()))) {
            Map<String, String> taskConfig = new HashMap<>(props);
            taskConfig.put(TableListCodec.TASK_TABLES, TableListCodec.encode(group));
            configs.add(taskConfig);
        }
        return configs;
    }

    @Override
    public void stop() {
        if (monitor != null) {
            monitor.stop();
            monitor = null;
        }
        if (connections != null) {
            connections.close();
            connections = null;
        }
    }

    @Override
    public ConfigDef config() {
        return JdbcSourceConfig.CONFIG_DEF;
    }

    /**
     * Refuses offsets the tasks could not use; accepted ones need nothing more, since the offsets live only in
     * Kafka, so the answer is true.
     */
    @Override
    public boolean alterOffsets(Map<String, String> connectorConfig, Map<Map<String, ?>, Map<String, ?>> offsets) {
        OffsetChecks.check(offsets);
        return true;
    }

    /** The per-key checks of the ConfigDef, plus the checks across keys, each reported on the key it concerns. */
    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        Config validated = super.validate(connectorConfigs);
        Map<String, Object> values = new HashMap<>();
        Map<String, ConfigValue> byName = new HashMap<>();
        for (ConfigValue value : validated.configValues()) {
            byName.put(value.name(), value);
            if (value.errorMessages().isEmpty()) {
                values.put(value.name(), value.value());
            }
        }
        ConfigChecks.errors(values).forEach((key, messages) -> {
            ConfigValue value = byName.get(key);
            if (value != null) {
                messages.forEach(value::addErrorMessage);
            }
        });
        return validated;
    }
}
