/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Creates the two implementations under comparison. */
final class Worlds {

    /** Names of the benchmark parameter values. */
    static final String SLUICE = "sluice";
    static final String APACHE = "apache";

    /** Overrides where Apache's jars are read from (a directory); by default they come out of our own jar. */
    static final String APACHE_DIR_PROPERTY = "sluice.bench.apacheDir";

    // Apache Kafka 4.3.1's Connect JSON + transforms and exactly what they need at run time.
    private static final List<String> APACHE_JARS = List.of(
            "connect-json", "connect-transforms", "connect-api", "kafka-clients",
            "jackson-databind", "jackson-core", "jackson-annotations",
            "jackson-datatype-jdk8", "jackson-module-blackbird",
            "slf4j-api", "slf4j-nop");

    private static World apache;

    private Worlds() {
    }

    static World named(String name) {
        return switch (name) {
            case SLUICE -> sluice();
            case APACHE -> apache();
            default -> throw new IllegalArgumentException("unknown implementation " + name);
        };
    }

    /** Sluice's classes are on our own class path; they still go through {@link World} so both sides pay the same indirection. */
    static World sluice() {
        return new World(SLUICE, Worlds.class.getClassLoader());
    }

    /** Apache's classes, isolated from ours: the parent is the platform loader, so only JDK classes are shared. */
    static synchronized World apache() {
        if (apache == null) {
            URL[] urls = APACHE_JARS.stream().map(Worlds::apacheJar).toArray(URL[]::new);
            apache = new World(APACHE, new URLClassLoader("apache-kafka-4.3.1", urls, ClassLoader.getPlatformClassLoader()));
        }
        return apache;
    }

    private static URL apacheJar(String artifact) {
        String dir = System.getProperty(APACHE_DIR_PROPERTY);
        try {
            if (dir != null) {
                return Path.of(dir, artifact + ".jar").toUri().toURL();
            }
            return extract(artifact).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    // A jar nested in our jar cannot be put on a URLClassLoader directly, so it is copied out first.
    private static Path extract(String artifact) {
        String resource = "/apache-baseline/" + artifact + ".jar";
        try (InputStream in = Worlds.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource + "; build the module with Maven first");
            }
            Path file = Files.createTempFile("sluice-bench-" + artifact + "-", ".jar");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
