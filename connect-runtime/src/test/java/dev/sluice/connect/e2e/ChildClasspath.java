/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The worker child's classpath: the test JVM's own, without any connect-file jar or classes folder, so the
 * FileStream connectors can only come from {@code plugin.path}, as in a real installation. The test classes stay
 * out as well: their test plugins are not part of an installed worker, and neither is the browser test's WebDriver
 * client with the libraries it brings.
 */
public final class ChildClasspath {

    private ChildClasspath() {
    }

    // Folders of the local Maven repository that only the web console's browser test (Selenium) puts on the path.
    private static final List<String> BROWSER_TEST_LIBRARIES = List.of("/org/seleniumhq/", "/io/opentelemetry/",
            "/com/google/guava/", "/com/google/errorprone/", "/com/google/j2objc/", "/net/bytebuddy/", "/org/jspecify/",
            "/org/jetbrains/annotations/");

    public static String withoutFileConnectors() {
        // Surefire/failsafe may start the JVM from a manifest-only jar; the real entries are in this property.
        String full = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(full.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .filter(entry -> !isExcluded(entry))
                .collect(Collectors.joining(File.pathSeparator));
    }

    static boolean isExcluded(String entry) {
        Path path = Path.of(entry).toAbsolutePath().normalize();
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (name.startsWith("connect-file") || name.equals("test-classes")) {
            return true;
        }
        String slashed = path.toString().replace(File.separatorChar, '/');
        if (BROWSER_TEST_LIBRARIES.stream().anyMatch(slashed::contains)) {
            return true;
        }
        for (Path part : path) {
            if (part.toString().equals("connect-file")) {
                return true;
            }
        }
        return false;
    }
}
