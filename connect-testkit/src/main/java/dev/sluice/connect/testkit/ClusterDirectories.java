/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.common.Uuid;

/** Creates, inspects and removes the directories that hold a cluster's nodes. */
final class ClusterDirectories {

    private ClusterDirectories() {
    }

    /** The persistent directory if one is given, otherwise a fresh temporary one. */
    static Path rootFor(ClusterSpec spec) {
        try {
            if (spec.dataDirectory() != null) {
                return Files.createDirectories(spec.dataDirectory());
            }
            return Files.createTempDirectory("sluice-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the cluster directory", e);
        }
    }

    static Path nodeDirectory(Path root, int nodeId) {
        return root.resolve("broker-" + nodeId);
    }

    /**
     * The id to format new nodes with: the one already stored by a formatted node of this cluster (so a
     * partly formatted persistent cluster stays one cluster), else a new random id.
     */
    static String clusterId(List<NodeLayout> nodes) {
        for (NodeLayout node : nodes) {
            Optional<String> stored = storedClusterId(node);
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        return Uuid.randomUuid().toString();
    }

    static Optional<String> storedClusterId(NodeLayout node) {
        if (!Files.isRegularFile(node.metaProperties())) {
            return Optional.empty();
        }
        Properties meta = new Properties();
        try (InputStream in = Files.newInputStream(node.metaProperties())) {
            meta.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + node.metaProperties(), e);
        }
        return Optional.ofNullable(meta.getProperty("cluster.id"));
    }

    /** Deletes {@code root} and everything below it; returns false if something could not be removed. */
    static boolean deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return true;
        }
        boolean complete = true;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    complete = false;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            complete = false;
        }
        return complete;
    }
}
