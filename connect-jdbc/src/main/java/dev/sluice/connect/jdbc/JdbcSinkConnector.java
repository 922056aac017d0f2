/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc;

import dev.sluice.connect.jdbc.sink.JdbcSinkConfig;
import dev.sluice.connect.jdbc.sink.JdbcSinkTask;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/**
 * Writes records from Kafka topics to database tables over JDBC. The connector itself only checks the settings;
 * every task gets the same ones and writes whichever partitions the worker assigns it.
 */
public class JdbcSinkConnector extends SinkConnector {

    private Map<String, String> props;

    @Override
    public String version() {
        return AppInfoParser.getVersion();
    }

    /** Fails fast on settings that cannot work, before any task starts. */
    @Override
    public void start(Map<String, String> props) {
        new JdbcSinkConfig(props);
        this.props = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return JdbcSinkTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<Map<String, String>> configs = new ArrayList<>(maxTasks);
        for (int i = 0; i < maxTasks; i++) {
            configs.add(new HashMap<>(props));
        }
        return configs;
    }

    @Override
    public void stop() {
    }

    @Override
    public ConfigDef config() {
        return JdbcSinkConfig.CONFIG_DEF;
    }

    /**
     * The per-key checks, plus those that combine keys (upsert without a key, deletes without record_key), each
     * reported on the key it blames so the REST validation shows it beside the setting.
     */
    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        Config result = super.validate(connectorConfigs);
        boolean keysValid = result.configValues().stream().allMatch(value -> value.errorMessages().isEmpty());
        if (keysValid) {
            AbstractConfig parsed = new AbstractConfig(JdbcSinkConfig.CONFIG_DEF, connectorConfigs, false);
            for (JdbcSinkConfig.Problem problem : JdbcSinkConfig.problems(parsed)) {
                for (ConfigValue value : result.configValues()) {
                    if (value.name().equals(problem.key())) {
                        value.addErrorMessage(problem.exception().getMessage());
                    }
                }
            }
        }
        return result;
    }
}
