/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which classes and resources a plugin must take from the worker instead of from its own location.
 * Everything else is child-first. The rule, also written down in docs/plugin-isolation.md:
 * <ul>
 *   <li>the JDK: every package exported or contained by a system module (computed, not guessed);</li>
 *   <li>the Connect API types listed in {@link ConnectApiTypes} and their nested classes, by exact class name;</li>
 *   <li>{@code org.apache.kafka.common}, {@code org.apache.kafka.clients}, {@code org.slf4j} and
 *       {@code jakarta.ws.rs} with all their sub-packages (the last because REST extensions receive JAX-RS objects),
 *       except that in {@code org.apache.kafka.common.config.provider} only the {@code ConfigProvider} interface is
 *       the worker's: config provider implementations there may come from a plugin.</li>
 * </ul>
 */
final class WorkerFirstPackages {

    static final List<String> WORKER_PREFIXES = List.of(
            "org.apache.kafka.common.",
            "org.apache.kafka.clients.",
            "org.slf4j.",
            "jakarta.ws.rs.");

    static final String CONFIG_PROVIDER_PACKAGE = "org.apache.kafka.common.config.provider";
    static final String CONFIG_PROVIDER = CONFIG_PROVIDER_PACKAGE + ".ConfigProvider";

    private static final Set<String> JDK_PACKAGES = jdkPackages();

    private WorkerFirstPackages() {
    }

    /** True when the class with this binary name must be loaded by the worker. */
    static boolean isWorkerClass(String className) {
        String pkg = packageOf(className);
        if (pkg.equals(CONFIG_PROVIDER_PACKAGE)) {
            return className.equals(CONFIG_PROVIDER) || className.startsWith(CONFIG_PROVIDER + "$");
        }
        return isJdkPackage(pkg)
                || ConnectApiTypes.contains(className)
                || hasWorkerPrefix(className);
    }

    /**
     * True when a resource must be looked up on the worker first. Class files follow the class rule; other
     * resources follow the package rule of the folder they live in (API packages are shared with plugins, so a
     * non-class resource there belongs to the plugin).
     */
    static boolean isWorkerResource(String resourceName) {
        String name = resourceName.startsWith("/") ? resourceName.substring(1) : resourceName;
        if (name.endsWith(".class")) {
            return isWorkerClass(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
        }
        int slash = name.lastIndexOf('/');
        if (slash < 0) {
            return false;
        }
        String pkg = name.substring(0, slash).replace('/', '.');
        return isJdkPackage(pkg) || hasWorkerPrefix(pkg + ".");
    }

    private static boolean hasWorkerPrefix(String name) {
        for (String prefix : WORKER_PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJdkPackage(String pkg) {
        // java.* can never be defined by an application loader, so it is always the JDK's.
        return pkg.equals("java") || pkg.startsWith("java.") || JDK_PACKAGES.contains(pkg);
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    private static Set<String> jdkPackages() {
        Set<String> packages = new HashSet<>();
        for (ModuleReference module : ModuleFinder.ofSystem().findAll()) {
            packages.addAll(module.descriptor().packages());
        }
        return Set.copyOf(packages);
    }
}
