/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * An operator runs a file pipeline from the web console in a real browser: creates a source and a sink with the
 * forms built from the plugins' settings, watches them run and the source's records per second rise, previews the
 * source's next records, gets a validation error beside the field it is about, breaks the sink and reads its stack
 * trace, pauses and resumes the source, and deletes the sink. Everything goes through the page; REST is only used
 * to check the outcome.
 */
@Tag("slow")
@WithSharedKafka
class WebConsoleTest {

    private static final String MASK = "••••••••";
    private static final By CONNECTOR_STATE = By.cssSelector("h1 [data-test=connector-state]");
    private static final By TASK_STATE = By.cssSelector("tr[data-task='0'] [data-test=task-state]");
    private static final Path SCREENSHOTS = Path.of("target", "web-console");

    @TempDir
    Path dir;

    @Test
    void anOperatorRunsAFilePipelineFromTheConsole(KafkaTestClients kafka) throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String topic = "console-" + id;
        String source = "console-source-" + id;
        String sink = "console-sink-" + id;
        kafka.createTopic(topic, 1, 1);
        Path input = Files.writeString(dir.resolve("input.txt"), "");
        Path output = dir.resolve("output.txt");
        WorkerSetup setup = WorkerSetup.create(dir, kafka.bootstrapServers(), WorkerSetup.pluginDir("sluice-file"),
                Map.of());
        URI worker = URI.create("http://127.0.0.1:" + setup.restPort() + "/");
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
        try (WorkerProcess process = WorkerProcess.start(setup, "console");
             HeadlessChromium browser = HeadlessChromium.start(dir.resolve("chromium-profile"))) {
            browser.openWhenReady(worker.resolve("ui").toString(), By.cssSelector("[data-test=no-connectors]"),
                    process::assertAlive);

            create(browser, "FileStreamSourceConnector", Map.of("name", source, "file", input.toString(),
                    "topic", topic), "sftp.password=hunter2");
            browser.awaitText(CONNECTOR_STATE, "RUNNING", "RUNNING"::equals);
            browser.awaitText(TASK_STATE, "RUNNING", "RUNNING"::equals);
            // A setting that looks like a secret is masked, and its value is nowhere in the page.
            assertEquals(MASK, browser.awaitText(By.cssSelector("[data-key='sftp.password']"), "a value",
                    text -> !text.isEmpty()));
            assertFalse(browser.pageSource().contains("hunter2"));

            AtomicInteger written = new AtomicInteger();
            writer.scheduleAtFixedRate(() -> append(input, written), 0, 50, TimeUnit.MILLISECONDS);
            browser.awaitText(By.cssSelector("tr[data-task='0'] [data-test=task-rate]"), "records/s above 0",
                    text -> rate(text) > 0);
            browser.awaitText(By.cssSelector("[data-test=offsets]"), "a committed offset",
                    text -> text.contains("position"));
            browser.screenshot(SCREENSHOTS.resolve("source-connector.png"));
            // The lines the source would send next, run through the task without being sent.
            browser.click(By.cssSelector("[data-test=preview-button]"));
            browser.awaitText(By.cssSelector("[data-test=preview-records]"), "previewed lines",
                    text -> text.contains("converted") && text.contains("line "));

            create(browser, "FileStreamSinkConnector", Map.of("name", sink, "topics", topic,
                    "file", output.toString()), "");
            browser.awaitText(TASK_STATE, "RUNNING", "RUNNING"::equals);
            Eventually.await("lines in " + output, Duration.ofSeconds(30),
                    () -> lines(output) > 0, browser::pageText);

            // A bad value is refused with the worker's message beside the field; nothing is saved.
            browser.click(By.cssSelector("[data-test=edit]"));
            browser.type(By.name("tasks.max"), "many");
            browser.click(By.cssSelector("[data-test=save]"));
            String error = browser.awaitText(By.cssSelector("[data-setting='tasks.max'] [data-test=field-error]"),
                    "a validation error", text -> !text.isEmpty());
            assertTrue(error.contains("many"), error);
            assertEquals(output.toString(), config(worker, sink).get("file"));
            assertFalse(config(worker, sink).containsKey("tasks.max"));

            // A directory where the sink's file should be: the task fails and the page shows why.
            browser.type(By.name("tasks.max"), "1");
            browser.type(By.name("file"), dir.toString());
            browser.click(By.cssSelector("[data-test=save]"));
            browser.awaitText(TASK_STATE, "FAILED", "FAILED"::equals);
            String trace = browser.awaitText(By.cssSelector("[data-test=task-trace]"), "a stack trace",
                    text -> !text.isEmpty());
            assertTrue(trace.contains("Couldn't find or create file") && trace.contains("at "), trace);
            browser.screenshot(SCREENSHOTS.resolve("failed-task.png"));

            browser.click(By.cssSelector("[data-test=nav-workers]"));
            browser.awaitText(By.cssSelector("[data-worker]"), "the worker's assignments",
                    text -> text.contains(source) && text.contains(sink));

            browser.click(By.cssSelector("[data-test=nav-connectors]"));
            browser.click(inRow(source, "pause"));
            browser.awaitText(inRow(source, "connector-state"), "PAUSED", "PAUSED"::equals);
            browser.click(inRow(source, "resume"));
            browser.awaitText(inRow(source, "connector-state"), "RUNNING", "RUNNING"::equals);
            browser.screenshot(SCREENSHOTS.resolve("connectors.png"));

            browser.click(inRow(sink, "delete"));
            browser.acceptConfirmation();
            browser.awaitGone(row(sink));
            assertEquals(404, get(worker, "connectors/" + sink).statusCode());
            assertEquals(200, get(worker, "connectors/" + source).statusCode());
        } finally {
            writer.shutdownNow();
        }
    }

    /** Fills the create form for {@code plugin} with {@code settings} (and "more settings" lines) and submits it. */
    private static void create(HeadlessChromium browser, String plugin, Map<String, String> settings,
                               String moreSettings) {
        browser.click(By.cssSelector("[data-test=new-connector]"));
        browser.click(By.cssSelector("[data-test=plugin] option[value$='." + plugin + "']"));
        browser.await(By.cssSelector("[data-test=connector-form]"));
        settings.forEach((key, value) -> browser.type(By.name(key), value));
        if (!moreSettings.isEmpty()) {
            browser.type(By.cssSelector("[data-test=more-settings]"), moreSettings);
        }
        browser.click(By.cssSelector("[data-test=save]"));
        browser.awaitText(By.tagName("h1"), "the page of " + settings.get("name"),
                text -> text.startsWith(settings.get("name")));
    }

    private static By row(String connector) {
        return By.cssSelector("tr[data-connector='" + connector + "']");
    }

    private static By inRow(String connector, String element) {
        return By.cssSelector("tr[data-connector='" + connector + "'] [data-test=" + element + "]");
    }

    private static double rate(String text) {
        try {
            return Double.parseDouble(text.replace(",", ""));
        } catch (NumberFormatException notMeasuredYet) {
            return 0;
        }
    }

    private static void append(Path input, AtomicInteger written) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            lines.append("line ").append(written.incrementAndGet()).append('\n');
        }
        try {
            Files.writeString(input, lines, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).size() : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> config(URI worker, String connector) throws Exception {
        HttpResponse<String> response = get(worker, "connectors/" + connector + "/config");
        assertEquals(200, response.statusCode(), response.body());
        return new ObjectMapper().readValue(response.body(), new TypeReference<Map<String, String>>() { });
    }

    private static HttpResponse<String> get(URI worker, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(worker.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
