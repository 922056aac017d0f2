/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import org.apache.kafka.connect.components.Versioned;

/** Answers questions about a candidate plugin class: can it be instantiated, and which version is it. */
final class PluginIntrospector {

    /** The version reported for plugins that do not implement {@link Versioned}. */
    static final String UNDEFINED_VERSION = "undefined";

    private PluginIntrospector() {
    }

    /** Public, concrete, top-level or static nested, with a public no-argument constructor. */
    static boolean isInstantiable(Class<?> cls) {
        int modifiers = cls.getModifiers();
        if (!Modifier.isPublic(modifiers) || Modifier.isAbstract(modifiers) || cls.isInterface()) {
            return false;
        }
        if (cls.getEnclosingClass() != null && !Modifier.isStatic(modifiers)) {
            return false;
        }
        try {
            return Modifier.isPublic(cls.getConstructor().getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /**
     * The plugin's version. Versioned plugins are instantiated (with their loader as context loader) to ask, which
     * also runs static initializers, so a plugin that cannot even be constructed is caught here, at startup.
     */
    @SuppressWarnings("try") // the swap only scopes the context loader
    static String version(Class<?> cls, ClassLoader loader) throws ReflectiveOperationException {
        if (!Versioned.class.isAssignableFrom(cls)) {
            return UNDEFINED_VERSION;
        }
        Versioned instance = (Versioned) newInstance(cls, loader);
        try (LoaderSwap swap = new LoaderSwap(loader)) {
            String version = instance.version();
            return version == null || version.isBlank() ? UNDEFINED_VERSION : version;
        }
    }

    /** Calls the public no-argument constructor with {@code loader} as the thread context classloader. */
    @SuppressWarnings("try") // the swap only scopes the context loader
    static Object newInstance(Class<?> cls, ClassLoader loader) throws ReflectiveOperationException {
        try (LoaderSwap swap = new LoaderSwap(loader)) {
            Constructor<?> constructor = cls.getConstructor();
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
