/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Which Sluice this is: its version and the commit it was built from, as the build wrote them into
 * {@code sluice-build.properties} next to this class. A build from outside a Git checkout has no commit:
 * {@link #UNKNOWN}.
 */
public final class SluiceBuild {

    public static final String UNKNOWN = "unknown";

    private static final SluiceBuild CURRENT = read();

    private final String version;
    private final String commit;

    private SluiceBuild(String version, String commit) {
        this.version = version;
        this.commit = commit;
    }

    /** The build of the running worker. */
    public static SluiceBuild current() {
        return CURRENT;
    }

    public String version() {
        return version;
    }

    public String commit() {
        return commit;
    }

    private static SluiceBuild read() {
        Properties properties = new Properties();
        try (InputStream in = SluiceBuild.class.getResourceAsStream("sluice-build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // Only GET / and a log line show these; the worker runs the same without them.
        }
        return new SluiceBuild(present(properties.getProperty("git.build.version")),
                present(properties.getProperty("git.commit.id.abbrev")));
    }

    private static String present(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value.trim();
    }
}
