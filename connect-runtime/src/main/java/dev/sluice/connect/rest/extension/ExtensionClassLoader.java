/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.extension;

import java.util.List;

/**
 * The context classloader of REST request threads when an extension comes from {@code plugin.path}: the worker's
 * classes first, then the classes of each extension's plugin location. Extensions look classes up by name through
 * the context loader while serving requests; JAAS, for one, loads the login module an extension ships (such as
 * Apache's {@code PropertyFileLoginModule}) that way. Apache's worker makes every plugin's classes visible to such
 * lookups; this loader shows those of the configured extensions. Only classes are added, not resources, so that
 * Jersey's service lookups keep seeing the worker's own providers.
 */
final class ExtensionClassLoader extends ClassLoader {

    private final List<ClassLoader> extensionLoaders;

    ExtensionClassLoader(ClassLoader worker, List<ClassLoader> extensionLoaders) {
        super(worker);
        this.extensionLoaders = List.copyOf(extensionLoaders);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (ClassLoader loader : extensionLoaders) {
            try {
                return loader.loadClass(name);
            } catch (ClassNotFoundException notThere) {
                // try the next extension's location
            }
        }
        throw new ClassNotFoundException(name);
    }
}
