/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A standalone worker ({@code ConnectStandalone}) in a child JVM, started the way the bin scripts do. Closing it
 * kills the process, so a failing test leaves no worker behind.
 */
final class WorkerProcess implements AutoCloseable {

    private static final String MAIN_CLASS = "dev.sluice.connect.cli.ConnectStandalone";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path console;
    private final URI restBase;

    private WorkerProcess(Process process, Path console, URI restBase) {
        this.process = process;
        this.console = console;
        this.restBase = restBase;
    }

    /** Starts the worker with {@code connectorFiles}; {@code label} names the console file (one per start). */
    static WorkerProcess start(WorkerSetup setup, String label, Path... connectorFiles) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx512m",
                "-Dlogback.configurationFile=" + setup.logbackXml().toAbsolutePath(),
                "-cp", ChildClasspath.withoutFileConnectors(), MAIN_CLASS,
                setup.workerProperties().toAbsolutePath().toString()));
        for (Path file : connectorFiles) {
            command.add(file.toAbsolutePath().toString());
        }
        Path console = setup.dir().resolve("worker-" + label + ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(console.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
            return new WorkerProcess(process, console, URI.create("http://127.0.0.1:" + setup.restPort()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the connector and all of its tasks report RUNNING over REST. */
    void awaitRunning(String connector, Duration timeout) {
        Eventually.await("connector " + connector + " RUNNING", timeout,
                () -> {
                    assertAlive();
                    String status = status(connector);
                    return status != null && status.contains("\"tasks\":[{")
                            && count(status, "\"state\":\"") == count(status, "\"state\":\"RUNNING\"");
                },
                () -> "last status: " + status(connector) + "\n" + consoleTail());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** Fails at once, with the worker's output, if the worker has exited. */
    void assertAlive() {
        if (!process.isAlive()) {
            throw new AssertionError("the worker exited with status " + process.exitValue() + "\n" + consoleTail());
        }
    }

    /** SIGKILLs the worker, like a crash, and returns its exit status once it is gone. */
    int kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the worker did not die within 30 s of SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while killing the worker", e);
        }
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    String consoleTail() {
        try {
            List<String> lines = Files.readAllLines(console, StandardCharsets.UTF_8);
            return "--- worker output (last 60 lines) ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(worker output unreadable: " + e + ")";
        }
    }

    private String status(String connector) {
        try {
            HttpRequest request = HttpRequest.newBuilder(restBase.resolve("/connectors/" + connector + "/status"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body().replace(" ", "") : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
