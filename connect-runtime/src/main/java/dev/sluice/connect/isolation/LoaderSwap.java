/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

/**
 * Makes a classloader the thread context classloader until closed, then restores the previous one. Plugins that
 * look things up through the context loader (ServiceLoader, JAXB, logging bridges) then see their own location.
 */
public final class LoaderSwap implements AutoCloseable {

    private final Thread thread;
    private final ClassLoader previous;

    /** Installs {@code loader} as the current thread's context classloader. */
    public LoaderSwap(ClassLoader loader) {
        this.thread = Thread.currentThread();
        this.previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
    }

    /** The context classloader that was active before this swap. */
    public ClassLoader previous() {
        return previous;
    }

    @Override
    public void close() {
        thread.setContextClassLoader(previous);
    }
}
