/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import dev.sluice.connect.testkit.process.BrokerProcessMain;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The classpath of the broker's child JVM. The build writes the broker's jars (which are kept off every test
 * classpath) into resource files; the test kit's own location is added so the child can run
 * {@link BrokerProcessMain}.
 */
final class BrokerClasspath {

    static final String BROKER_RESOURCE = "META-INF/sluice-testkit/broker.classpath";
    static final String SHARED_RESOURCE = "META-INF/sluice-testkit/shared.classpath";

    private BrokerClasspath() {
    }

    /** All entries, in the order the child JVM should search them. */
    static List<String> entries() {
        List<String> entries = new ArrayList<>();
        entries.add(testKitLocation().toString());
        entries.addAll(readResource(BROKER_RESOURCE));
        entries.addAll(readResource(SHARED_RESOURCE));
        return List.copyOf(entries);
    }

    static String asArgument() {
        return String.join(File.pathSeparator, entries());
    }

    private static List<String> readResource(String name) {
        try (InputStream in = BrokerClasspath.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + name + " is missing: the connect-testkit build writes"
                        + " it in the generate-resources phase (run at least `mvn -pl connect-testkit compile`)");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            if (text.isEmpty()) {
                throw new IllegalStateException("Resource " + name + " lists no jars");
            }
            return Arrays.stream(text.split(File.pathSeparator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static Path testKitLocation() {
        CodeSource source = BrokerProcessMain.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("cannot tell where the test kit's classes were loaded from");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unexpected code location " + source.getLocation(), e);
        }
    }
}
