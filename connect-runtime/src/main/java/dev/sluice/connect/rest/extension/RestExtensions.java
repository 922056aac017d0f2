/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.extension;

import dev.sluice.connect.herder.Herder;
import dev.sluice.connect.isolation.LoaderSwap;
import dev.sluice.connect.isolation.PluginType;
import dev.sluice.connect.isolation.Plugins;
import jakarta.ws.rs.core.Configurable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.rest.ConnectRestExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST extensions of {@code rest.extension.classes}, in the order named: each instantiated from
 * {@code plugin.path} (or the worker classpath) and configured with the worker's settings when loaded, registered
 * with the REST application before the server starts, and closed when it stops. Each call into an extension runs
 * with the extension's own loader as the context classloader.
 */
public final class RestExtensions implements AutoCloseable {

    /** Apache's key naming the extensions. */
    public static final String CONFIG = "rest.extension.classes";

    private static final Logger log = LoggerFactory.getLogger(RestExtensions.class);

    private final List<ConnectRestExtension> extensions;
    private boolean closed;

    private RestExtensions(List<ConnectRestExtension> extensions) {
        this.extensions = List.copyOf(extensions);
    }

    /** No extensions. */
    public static RestExtensions none() {
        return new RestExtensions(List.of());
    }

    /**
     * Instantiates and configures the extensions named by {@code classNames}.
     *
     * @param workerSettings the worker's properties as given (Apache hands extensions its config's originals)
     * @throws ConfigException  naming {@code rest.extension.classes} when a class is missing or not an extension
     * @throws ConnectException when an extension fails to configure; those configured before it are closed
     */
    public static RestExtensions load(List<String> classNames, Plugins plugins, Map<String, ?> workerSettings) {
        List<ConnectRestExtension> loaded = new ArrayList<>();
        try {
            for (String className : classNames) {
                ConnectRestExtension extension = instantiate(className, plugins);
                loaded.add(extension);
                try (LoaderSwap swap = Plugins.withClassLoader(extension)) {
                    extension.configure(workerSettings);
                } catch (RuntimeException e) {
                    throw new ConnectException("REST extension " + className + " failed to configure: "
                            + e.getMessage(), e);
                }
                log.info("Loaded REST extension {} from {}", className,
                        extension.getClass().getProtectionDomain().getCodeSource());
            }
        } catch (RuntimeException e) {
            new RestExtensions(loaded).close();
            throw e;
        }
        return new RestExtensions(loaded);
    }

    private static ConnectRestExtension instantiate(String className, Plugins plugins) {
        boolean discovered = plugins.plugins(PluginType.REST_EXTENSION).stream()
                .anyMatch(plugin -> plugin.className().equals(className));
        if (discovered) {
            return plugins.newPlugin(className, PluginType.REST_EXTENSION, null, ConnectRestExtension.class);
        }
        // Not discovered (no service manifest, say): the worker classpath, as Apache's worker falls back to.
        Class<?> cls;
        try {
            cls = Class.forName(className, false, RestExtensions.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ConfigException(CONFIG, className, "no such class on plugin.path or the worker classpath");
        }
        if (!ConnectRestExtension.class.isAssignableFrom(cls)) {
            throw new ConfigException(CONFIG, className, "not a " + ConnectRestExtension.class.getName());
        }
        try {
            return (ConnectRestExtension) cls.getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new ConnectException("Failed to instantiate REST extension " + className, e);
        }
    }

    /** The extensions, in the order named. */
    public List<ConnectRestExtension> loaded() {
        return extensions;
    }

    /**
     * Lets each extension register its JAX-RS components into {@code application}, with a cluster view of
     * {@code herder} that waits at most {@code timeout} for it.
     */
    public void register(Configurable<? extends Configurable<?>> application, Herder herder, Duration timeout) {
        ExtensionContext context = new ExtensionContext(application, new HerderClusterState(herder, timeout));
        for (ConnectRestExtension extension : extensions) {
            try (LoaderSwap swap = Plugins.withClassLoader(extension)) {
                extension.register(context);
            }
        }
    }

    /**
     * The context classloader REST request threads need so that extensions from {@code plugin.path} find their
     * own classes by name; null when every extension is on the worker classpath.
     */
    public ClassLoader requestContextLoader() {
        ClassLoader worker = RestExtensions.class.getClassLoader();
        List<ClassLoader> isolated = extensions.stream()
                .map(extension -> extension.getClass().getClassLoader())
                .filter(loader -> loader != worker)
                .distinct()
                .toList();
        return isolated.isEmpty() ? null : new ExtensionClassLoader(worker, isolated);
    }

    /** Closes every extension once; a failing close is logged and the others are still closed. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (ConnectRestExtension extension : extensions) {
            try (LoaderSwap swap = Plugins.withClassLoader(extension)) {
                extension.close();
            } catch (IOException | RuntimeException e) {
                log.warn("Failed to close REST extension {}", extension.getClass().getName(), e);
            }
        }
    }
}
