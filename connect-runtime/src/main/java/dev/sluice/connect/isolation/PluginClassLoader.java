/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The classloader of one plugin location. Child-first: a class or resource is looked up in the location before
 * the worker, except what {@link WorkerFirstPackages} reserves for the worker, which is looked up in the worker
 * first (and only falls back to the location when the worker does not have it).
 */
public final class PluginClassLoader extends URLClassLoader {

    static {
        ClassLoader.registerAsParallelCapable();
    }

    private final PluginLocation location;

    /** Creates the loader for {@code location} with {@code parent} (the worker's loader) as the fallback. */
    public PluginClassLoader(PluginLocation location, ClassLoader parent) {
        super("plugin:" + location, urls(location.classpath()), parent);
        this.location = location;
    }

    /** The location whose classes this loader defines. */
    public PluginLocation location() {
        return location;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = WorkerFirstPackages.isWorkerClass(name) ? super.loadClass(name, false) : childFirst(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private Class<?> childFirst(String name) throws ClassNotFoundException {
        try {
            return findClass(name);
        } catch (ClassNotFoundException notHere) {
            return getParent().loadClass(name);
        }
    }

    @Override
    public URL getResource(String name) {
        if (WorkerFirstPackages.isWorkerResource(name)) {
            return super.getResource(name);
        }
        URL own = findResource(name);
        return own != null ? own : getParent().getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        List<URL> own = Collections.list(findResources(name));
        List<URL> worker = Collections.list(getParent().getResources(name));
        List<URL> all = new ArrayList<>(own.size() + worker.size());
        if (WorkerFirstPackages.isWorkerResource(name)) {
            all.addAll(worker);
            all.addAll(own);
        } else {
            all.addAll(own);
            all.addAll(worker);
        }
        return Collections.enumeration(all);
    }

    @Override
    public String toString() {
        return "PluginClassLoader{pluginLocation=" + location + "}";
    }

    private static URL[] urls(List<Path> classpath) {
        URL[] urls = new URL[classpath.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = classpath.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("Bad plugin classpath entry " + classpath.get(i), e);
            }
        }
        return urls;
    }
}
