/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import dev.sluice.connect.testkit.process.RegistryProcessMain;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real schema registry with Confluent's REST API for tests and the quickstart: Apicurio Registry 2.6 (from Maven
 * Central, unpacked by this module's build) with in-memory storage, in a child JVM on a free loopback port. The
 * child exits when this JVM does, even when this JVM is killed. Schema ids are the registry's own: tests must use
 * the ids it returns, never assume 1, 2, 3.
 */
public final class SchemaRegistryProcess implements AutoCloseable {

    /** Where the registry answers Confluent's API, below its root URL. */
    public static final String CONFLUENT_API_PATH = "/apis/ccompat/v7";
    /** Overrides the directory holding the registry's runner jar and {@code lib/}. */
    public static final String HOME_PROPERTY = "sluice.registry.home";

    private static final String LOCATION_RESOURCE = "/META-INF/sluice-testkit/registry.properties";
    private static final String RUNNER_JAR = "apicurio-registry-app-2.6.13.Final-runner.jar";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);
    private static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true");

    private final Process process;
    private final int port;
    private final Path logFile;

    private SchemaRegistryProcess(Process process, int port, Path logFile) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
    }

    /** Starts a registry on a free port and returns once it answers; its log goes to a temporary file. */
    public static SchemaRegistryProcess start() {
        try {
            return start(FreePorts.pick(1).get(0), Files.createTempDirectory("sluice-registry"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the registry's directory", e);
        }
    }

    /** Starts a registry on {@code port} with its log in {@code directory} and returns once it answers. */
    public static SchemaRegistryProcess start(int port, Path directory) {
        Path home = home();
        Path runner = home.resolve(RUNNER_JAR);
        if (!Files.isRegularFile(runner)) {
            throw new IllegalStateException("No schema registry at " + runner + "; build connect-testkit (mvn"
                    + " -pl connect-testkit package) to unpack it, or set -D" + HOME_PROPERTY);
        }
        Path logFile = directory.resolve("registry.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-Dquarkus.http.host=" + NodeLayout.HOST);
        command.add("-Dquarkus.http.port=" + port);
        command.add("-cp");
        command.add(ownLocation() + java.io.File.pathSeparator + runner);
        command.add(RegistryProcessMain.class.getName());
        Process process;
        try {
            Files.createDirectories(directory);
            process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the schema registry JVM", e);
        }
        SchemaRegistryProcess registry = new SchemaRegistryProcess(process, port, logFile);
        registry.awaitReady();
        return registry;
    }

    /** The URL to give {@code schema.registry.url}: the registry's Confluent-compatible API. */
    public String url() {
        return "http://" + NodeLayout.HOST + ":" + port + CONFLUENT_API_PATH;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/subjects")).timeout(Duration.ofSeconds(5))
                .GET().build();
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The schema registry exited with code " + process.exitValue()
                        + " while starting; last lines of " + logFile + ":\n" + LogTail.of(logFile, 40));
            }
            try {
                if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("Interrupted while the schema registry started", e);
            }
            sleep(200);
        }
        close();
        throw new IllegalStateException("The schema registry did not answer within " + STARTUP_TIMEOUT.toSeconds()
                + " s; last lines of " + logFile + ":\n" + LogTail.of(logFile, 40));
    }

    /** Stops the registry: a normal shutdown, then a kill if it takes too long. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The registry's directory: {@value #HOME_PROPERTY}, or where this module's build unpacked it. */
    static Path home() {
        String override = System.getProperty(HOME_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        try (InputStream in = SchemaRegistryProcess.class.getResourceAsStream(LOCATION_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The test kit was built without " + LOCATION_RESOURCE);
            }
            Properties properties = new Properties();
            properties.load(in);
            return Path.of(properties.getProperty("home"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This module's classes (a directory or a jar), which hold the child's main. */
    private static String ownLocation() {
        try {
            return Path.of(RegistryProcessMain.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
