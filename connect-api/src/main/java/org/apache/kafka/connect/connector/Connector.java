/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.connector;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.components.ConnectPlugin;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Base class of every connector. A connector turns its configuration into a set of task configurations and watches
 * the external system for changes that require new ones. Plugins extend {@code SourceConnector} or
 * {@code SinkConnector} rather than this class.
 */
public abstract class Connector implements ConnectPlugin {

    protected ConnectorContext context;

    public Connector() {
    }

    /** Hands the connector its context before {@link #start(Map)}. */
    public void initialize(ConnectorContext ctx) {
        context = ctx;
    }

    /**
     * Variant used when recovering with known task configurations. They are ignored by default: the worker asks for
     * fresh task configurations anyway, so only connectors that want to avoid reassignment churn need them.
     */
    public void initialize(ConnectorContext ctx, List<Map<String, String>> taskConfigs) {
        context = ctx;
    }

    /** The context given at initialization; subclasses narrow the type. */
    protected ConnectorContext context() {
        return context;
    }

    /** Starts the connector; only called on a fresh or stopped instance. */
    public abstract void start(Map<String, String> props);

    /** Applies a new configuration. The default simply restarts: {@link #stop()} then {@link #start(Map)}. */
    public void reconfigure(Map<String, String> props) {
        stop();
        start(props);
    }

    /** The task implementation this connector's configurations are meant for. */
    public abstract Class<? extends Task> taskClass();

    /** Produces at most {@code maxTasks} task configurations from the current configuration. */
    public abstract List<Map<String, String>> taskConfigs(int maxTasks);

    /** Stops the connector. */
    public abstract void stop();

    /**
     * Validates raw configuration values against {@link #config()}. Unknown keys are ignored; errors are reported
     * in the returned values rather than thrown.
     */
    public Config validate(Map<String, String> connectorConfigs) {
        ConfigDef configDef = config();
        if (configDef == null) {
            // A null definition is a plugin bug; name the class so the author can find it.
            throw new ConnectException(getClass().getName() + ".config() must return a ConfigDef that is not null.");
        }
        List<ConfigValue> values = configDef.validate(connectorConfigs);
        return new Config(values);
    }

    /** The configuration this connector accepts; never null. */
    @Override
    public abstract ConfigDef config();
}
