/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import dev.sluice.connect.isolation.Plugins;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Lets kafka-clients' CLASS-typed settings see plugin classes that live in isolated plugin loaders: installed as the
 * context loader while a ConfigDef validates or parses connector or worker settings, it hands out the discovered
 * class for a full class name.
 */
final class PluginLookupLoader extends ClassLoader {

    private final Plugins plugins;

    PluginLookupLoader(Plugins plugins) {
        super(PluginLookupLoader.class.getClassLoader());
        this.plugins = plugins;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        try {
            Class<?> cls = plugins.find(name, null, null).pluginClass();
            if (cls.getName().equals(name)) {
                return cls;
            }
        } catch (ConnectException notAPlugin) {
            // fall through: reported as not found like any unknown class
        }
        throw new ClassNotFoundException(name);
    }
}
