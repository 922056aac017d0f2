/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import java.lang.reflect.Modifier;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** Checks that a class setting names a concrete, instantiable implementation of the expected plugin interface. */
final class PluginClassValidator implements ConfigDef.Validator {

    private final Class<?> base;

    PluginClassValidator(Class<?> base) {
        this.base = base;
    }

    @Override
    public void ensureValid(String name, Object value) {
        if (!(value instanceof Class<?> cls)) {
            return;
        }
        if (!base.isAssignableFrom(cls)) {
            throw new ConfigException("Class " + cls + " does not implement the " + base.getSimpleName()
                    + " interface");
        }
        if (cls.isInterface() || Modifier.isAbstract(cls.getModifiers())) {
            throw new ConfigException("This class is abstract and cannot be created.");
        }
    }

    @Override
    public String toString() {
        return "A concrete subclass of " + base.getName() + ", A class with a public, no-argument constructor";
    }
}
