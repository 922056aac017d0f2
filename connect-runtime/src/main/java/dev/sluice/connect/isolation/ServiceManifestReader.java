/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads {@code META-INF/services} provider lists of one location without instantiating anything: only the
 * location's own manifests count, never the ones the worker's classpath would add through delegation.
 */
final class ServiceManifestReader {

    private final BrokenPluginLog brokenLog;

    ServiceManifestReader(BrokenPluginLog brokenLog) {
        this.brokenLog = brokenLog;
    }

    /** The provider class names listed for {@code type} in the location served by {@code loader}. */
    Set<String> providers(PluginLocation location, ClassLoader loader, PluginType type) {
        Set<String> names = new LinkedHashSet<>();
        for (URL manifest : manifests(location, loader, type.manifestResource())) {
            try {
                readInto(manifest, names);
            } catch (IOException e) {
                brokenLog.jar(location, manifest, e);
            }
        }
        return names;
    }

    private Iterable<URL> manifests(PluginLocation location, ClassLoader loader, String resource) {
        try {
            Enumeration<URL> urls = loader instanceof PluginClassLoader plugin
                    ? plugin.findResources(resource) : loader.getResources(resource);
            return Collections.list(urls);
        } catch (IOException e) {
            brokenLog.jar(location, location, e);
            return Collections.emptyList();
        }
    }

    private static void readInto(URL manifest, Set<String> names) throws IOException {
        URLConnection connection = manifest.openConnection();
        // Cached JarFiles would keep the plugin's JAR open after the loader is closed.
        connection.setUseCaches(false);
        try (InputStream in = connection.getInputStream();
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int hash = line.indexOf('#');
                String name = (hash < 0 ? line : line.substring(0, hash)).trim();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
    }
}
