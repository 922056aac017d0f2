/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.rest;

import java.io.Closeable;

import org.apache.kafka.common.Configurable;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.components.ConnectPlugin;

/**
 * A plugin that adds JAX-RS components to a worker's REST server. Workers instantiate the classes listed in
 * {@code rest.extension.classes}, configure them with the worker configuration, call
 * {@link #register(ConnectRestExtensionContext)} after the built-in resources are in place, and close them on
 * shutdown. Implementations are discovered through {@link java.util.ServiceLoader}.
 */
public interface ConnectRestExtension extends Configurable, ConnectPlugin, Closeable {

    /** Registers the extension's components; attempts to replace built-in resources are ignored. */
    void register(ConnectRestExtensionContext restPluginContext);

    /** Extensions take no settings unless they say otherwise. */
    @Override
    default ConfigDef config() {
        return new ConfigDef();
    }
}
