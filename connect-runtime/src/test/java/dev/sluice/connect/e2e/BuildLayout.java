/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the build puts what the worker-process tests start from, next to the test classes: plugin directories
 * ({@code e2e-plugins/<name>}) and Apache's released distributed worker ({@code e2e-apache-worker/libs}). The
 * pre-integration-test phase copies them, so they exist when failsafe runs.
 */
public final class BuildLayout {

    private BuildLayout() {
    }

    /** The plugin directory the build laid out under {@code e2e-plugins/<name>}. */
    public static Path pluginDir(String name) {
        return existing(buildDir().resolve("e2e-plugins").resolve(name));
    }

    /** The jars of Apache's released worker (connect-runtime 4.3.1, its runtime closure, the log4j2 binding). */
    public static Path apacheWorkerLibs() {
        return existing(buildDir().resolve("e2e-apache-worker").resolve("libs"));
    }

    private static Path existing(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(dir + " is missing; the build copies it in pre-integration-test "
                    + "(run the test through failsafe: mvn verify -Dit.test=...)");
        }
        return dir;
    }

    /** This module's build directory ({@code target/}), for what a test lays out for itself. */
    public static Path buildDir() {
        try {
            Path testClasses = Path.of(BuildLayout.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return testClasses.getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
