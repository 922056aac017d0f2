/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.cluster;

import dev.sluice.connect.e2e.Eventually;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One distributed worker (Apache's or Sluice's, per {@link DistributedWorkerSetup#runtime()}) in a child JVM,
 * started the way the bin scripts start it: {@code ConnectDistributed worker.properties}. It can be stopped
 * (SIGTERM), killed (SIGKILL) and started again on the same settings, keeping its worker id. Each start writes
 * its output to its own console file in the worker's folder. Closing kills whatever still runs.
 */
public final class DistributedWorkerProcess implements AutoCloseable {

    /** Exit status of a JVM that died of SIGKILL (128 + 9). */
    public static final int SIGKILL_EXIT_STATUS = 137;

    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(60);

    private final DistributedWorkerSetup setup;
    private final ConnectRestClient rest;
    private Process process;
    private Path consoleLog;
    private int starts;
    private long startedNanos;

    private DistributedWorkerProcess(DistributedWorkerSetup setup) {
        this.setup = setup;
        this.rest = new ConnectRestClient(setup.restUrl(), this::consoleTail);
    }

    /** Launches the worker without waiting for it; see {@link #awaitRestReady(Duration)}. */
    public static DistributedWorkerProcess start(DistributedWorkerSetup setup) {
        DistributedWorkerProcess worker = new DistributedWorkerProcess(setup);
        worker.launch();
        return worker;
    }

    /** Starts the worker again on the same settings after {@link #stop()} or {@link #kill()}. */
    public void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("worker " + workerId() + " is still running; stop or kill it first");
        }
        launch();
    }

    private void launch() {
        starts++;
        consoleLog = setup.dir().resolve("console-" + starts + ".log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        WorkerRuntime runtime = setup.runtime();
        List<String> command = List.of(java.toString(), "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC",
                "-D" + runtime.logConfigProperty() + "=" + setup.logConfig().toAbsolutePath(),
                "-cp", runtime.classpath(), runtime.mainClass(),
                setup.workerProperties().toAbsolutePath().toString());
        try {
            startedNanos = System.nanoTime();
            process = new ProcessBuilder(command)
                    .directory(setup.dir().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(consoleLog.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until the worker's REST API answers {@code GET /} with 200 JSON and returns how long that took since
     * the (re)start. Fails at once if the worker exits meanwhile.
     */
    public Duration awaitRestReady(Duration timeout) {
        Eventually.await(setup.runtime() + " worker " + workerId() + " serving REST", timeout,
                () -> {
                    assertAlive();
                    return rest.serverInfoAvailable();
                },
                this::consoleTail);
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** SIGTERM, as an orderly shutdown; returns the exit status once the worker is gone. */
    public int stop() {
        process.destroy();
        return awaitExit("SIGTERM");
    }

    /** SIGKILL, as a crash; returns the exit status ({@value #SIGKILL_EXIT_STATUS}) once the worker is gone. */
    public int kill() {
        process.destroyForcibly();
        return awaitExit("SIGKILL");
    }

    /** SIGSTOP: the worker freezes, as on a long GC pause or a suspended VM, until {@link #thaw()}. */
    public void freeze() {
        signal("STOP");
    }

    /** SIGCONT: a frozen worker goes on where it stopped, unaware of the time that passed. */
    public void thaw() {
        signal("CONT");
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new AssertionError("kill -" + name + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new AssertionError("could not run kill -" + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while signalling worker " + workerId(), e);
        }
    }

    private int awaitExit(String signal) {
        try {
            if (!process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("worker " + workerId() + " did not exit within " + EXIT_TIMEOUT
                        + " of " + signal + "\n" + consoleTail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new AssertionError("interrupted while waiting for worker " + workerId() + " to exit", e);
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Fails at once, with the worker's output, if the worker has exited. */
    public void assertAlive() {
        if (!process.isAlive()) {
            throw new AssertionError(setup.runtime() + " worker " + workerId() + " exited with status "
                    + process.exitValue() + "\n" + consoleTail());
        }
    }

    public long pid() {
        return process.pid();
    }

    public WorkerRuntime runtime() {
        return setup.runtime();
    }

    /** {@code 127.0.0.1:<port>}, as the worker reports itself in statuses. */
    public String workerId() {
        return setup.workerId();
    }

    public URI restUrl() {
        return setup.restUrl();
    }

    public ConnectRestClient rest() {
        return rest;
    }

    public DistributedWorkerSetup setup() {
        return setup;
    }

    /** The output of the current (latest) start. */
    public Path consoleLog() {
        return consoleLog;
    }

    /** The lines of the current start's output that contain {@code fragment}, e.g. {@code "Creating task"}. */
    public List<String> consoleLines(String fragment) {
        try {
            return Files.readAllLines(consoleLog, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains(fragment)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String consoleTail() {
        try {
            List<String> lines = Files.readAllLines(consoleLog, StandardCharsets.UTF_8);
            return "--- " + setup.runtime() + " worker " + workerId() + " (" + consoleLog + ", last 60 lines) ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(worker output unreadable: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
