/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.standalone;

import static dev.sluice.connect.herder.standalone.StandaloneFixture.await;
import static dev.sluice.connect.herder.standalone.StandaloneFixture.get;
import static dev.sluice.connect.herder.standalone.StandaloneFixture.ticking;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.cli.StandaloneRuntime;
import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.RestartRequest;
import dev.sluice.connect.domain.State;
import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.herder.BadRequestException;
import dev.sluice.connect.herder.ConfigValidation;
import dev.sluice.connect.herder.ConnectorReport;
import dev.sluice.connect.herder.PartitionOffset;
import dev.sluice.connect.herder.WorkerHerder;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.connect.errors.AlreadyExistsException;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user drives connectors through the standalone herder of a real worker writing to a real broker. */
@WithSharedKafka
class StandaloneHerderTest {

    @TempDir
    Path dir;

    private KafkaTestClients kafka;
    private StandaloneRuntime runtime;
    private WorkerHerder herder;
    private String name;
    private String topic;

    @BeforeEach
    void startWorker(KafkaTestClients kafka) {
        this.kafka = kafka;
        runtime = StandaloneFixture.start(kafka.bootstrapServers(), dir.resolve("offsets"));
        herder = runtime.herder();
        String id = UUID.randomUUID().toString().substring(0, 8);
        name = "tick-" + id;
        topic = "ticks-" + id;
    }

    @AfterEach
    void stopWorker() {
        runtime.close();
    }

    private ConnectorReport status() throws Exception {
        return get(herder.connectorStatus(name));
    }

    private boolean statusIs(String connectorState, String... taskStates) {
        try {
            ConnectorReport status = status();
            return status.connector().state().name().equals(connectorState)
                    && status.tasks().stream().map(task -> task.state().name()).toList()
                    .equals(List.of(taskStates));
        } catch (Exception e) {
            return false;
        }
    }

    private void createRunning(String... keyValues) throws Exception {
        get(herder.putConnectorConfig(name, ticking(name, topic, keyValues), false));
        await("the connector and its task run", () -> statusIs("RUNNING", "RUNNING"));
    }

    private static Throwable cause(Executable call) {
        ExecutionException e = assertThrows(ExecutionException.class, call::run);
        return e.getCause();
    }

    private interface Executable {
        void run() throws Exception;
    }

    @Test
    void createdSourceConnectorRunsWritesRecordsAndReportsVersionedStatuses() throws Exception {
        createRunning();
        assertFalse(kafka.consumeValues(topic, 3).isEmpty());
        ConnectorReport status = status();
        assertEquals("7.7.7", status.connector().version());
        assertTrue(status.connector().workerId().startsWith("127.0.0.1:"), status.connector().workerId());
        assertEquals("source", status.type().toString());
        assertEquals(List.of(new ConnectorTaskId(name, 0)), get(herder.connectorInfo(name)).tasks());
        assertEquals(List.of(name), List.copyOf(get(herder.connectors())));
        await("the topic is reported active",
                () -> get0(() -> get(herder.connectorActiveTopics(name)).contains(topic)));
    }

    private static boolean get0(Executable0 call) {
        try {
            return call.run();
        } catch (Exception e) {
            return false;
        }
    }

    private interface Executable0 {
        boolean run() throws Exception;
    }

    @Test
    void creatingAConnectorTwiceIsRejectedUnlessReplacing() throws Exception {
        createRunning();
        Throwable duplicate = cause(() -> get(herder.putConnectorConfig(name, ticking(name, topic), false)));
        assertInstanceOf(AlreadyExistsException.class, duplicate);
        assertEquals("Connector " + name + " already exists", duplicate.getMessage());
        assertFalse(get(herder.putConnectorConfig(name, ticking(name, topic, "tasks.max", "2"), true)).created());
        await("both tasks run", () -> statusIs("RUNNING", "RUNNING", "RUNNING"));
    }

    @Test
    void pauseResumeAndStopMoveTheConnectorAndItsTasks() throws Exception {
        createRunning();
        get(herder.pauseConnector(name));
        await("paused", () -> statusIs("PAUSED", "PAUSED"));
        get(herder.resumeConnector(name));
        await("running again", () -> statusIs("RUNNING", "RUNNING"));
        get(herder.stopConnector(name));
        await("stopped without tasks", () -> statusIs("STOPPED"));
        assertEquals(List.of(), get(herder.taskConfigs(name)));
        assertEquals(List.of(), get(herder.connectorInfo(name)).tasks());
        get(herder.resumeConnector(name));
        await("running after stop", () -> statusIs("RUNNING", "RUNNING"));
    }

    @Test
    void connectorCreatedStoppedHasNoTasks() throws Exception {
        get(herder.putConnectorConfig(name, ticking(name, topic), TargetState.STOPPED, false));
        await("stopped", () -> statusIs("STOPPED"));
    }

    @Test
    void restartWithTasksReportsRestartingAndRunsAgain() throws Exception {
        createRunning();
        Optional<ConnectorReport> planned = get(herder.restartConnector(new RestartRequest(name, false, true)));
        assertEquals("RESTARTING", planned.orElseThrow().connector().state().name());
        assertEquals("RESTARTING", planned.orElseThrow().tasks().get(0).state().name());
        await("running after restart", () -> statusIs("RUNNING", "RUNNING"));
        get(herder.restartTask(new ConnectorTaskId(name, 0)));
        await("running after task restart", () -> statusIs("RUNNING", "RUNNING"));
        Throwable unknown = cause(() -> get(herder.restartTask(new ConnectorTaskId(name, 9))));
        assertInstanceOf(NotFoundException.class, unknown);
        assertEquals("Unknown task: " + name + "-9", unknown.getMessage());
    }

    @Test
    void restartOfOnlyFailedInstancesLeavesHealthyOnesAlone() throws Exception {
        get(herder.putConnectorConfig(name, ticking(name, topic, "tasks.max", "2", "fail.tasks", "1"), false));
        await("task 1 failed", () -> statusIs("RUNNING", "RUNNING", "FAILED"));
        assertTrue(status().tasks().get(1).trace().contains("configured to fail"));
        ConnectorReport planned = get(herder.restartConnector(new RestartRequest(name, true, true)))
                .orElseThrow();
        assertEquals("RUNNING", planned.connector().state().name());
        assertEquals(List.of("RUNNING", "RESTARTING"),
                planned.tasks().stream().map(task -> task.state().name()).toList());
    }

    @Test
    void deletedConnectorIsForgotten() throws Exception {
        createRunning();
        get(herder.deleteConnector(name));
        assertEquals(List.of(), List.copyOf(get(herder.connectors())));
        Throwable gone = cause(() -> get(herder.connectorStatus(name)));
        assertInstanceOf(NotFoundException.class, gone);
        Throwable again = cause(() -> get(herder.deleteConnector(name)));
        assertEquals("Connector " + name + " not found", again.getMessage());
        assertInstanceOf(NotFoundException.class, cause(() -> get(herder.pauseConnector(name))));
    }

    @Test
    void validationReportsEachErrorUnderTheKeyItConcerns() throws Exception {
        Map<String, String> config = ticking(name, topic, "tasks.max", "zero");
        config.remove("topic");
        ConfigValidation result = get(herder.validateConnectorConfig(config));
        assertEquals(config.get("connector.class"), result.connectorClass());
        List<String> invalidKeys = result.values().stream().map(ConfigValidation.ValidatedValue::value)
                .filter(v -> !v.errorMessages().isEmpty()).map(v -> v.name()).toList();
        assertTrue(invalidKeys.containsAll(List.of("tasks.max", "topic")), invalidKeys.toString());
        assertEquals(result.errorMessages().size(), result.errorCount());
        assertEquals("Common", result.groups().get(0));
        Throwable invalid = cause(() -> get(herder.putConnectorConfig(name, config, false)));
        assertInstanceOf(BadRequestException.class, invalid);
        assertTrue(invalid.getMessage().startsWith("Connector configuration is invalid and contains the following"),
                invalid.getMessage());
    }

    @Test
    void sourceOffsetsAreListedAndCanOnlyBeChangedWhileStopped() throws Exception {
        createRunning();
        await("offsets were committed", () -> get0(() -> !get(herder.connectorOffsets(name)).isEmpty()));
        PartitionOffset committed = get(herder.connectorOffsets(name)).get(0);
        assertEquals(Map.of("ticker", "task-0"), committed.partition());
        List<PartitionOffset> rewind = List.of(
                new PartitionOffset(Map.of("ticker", "task-0"), Map.of("position", 1000)));
        Throwable running = cause(() -> get(herder.alterConnectorOffsets(name, rewind)));
        assertInstanceOf(BadRequestException.class, running);
        assertEquals("Connectors must be in the STOPPED state before their offsets can be modified. This can be"
                + " done for the specified connector by issuing a 'PUT' request to the '/connectors/" + name
                + "/stop' endpoint", running.getMessage());
        assertInstanceOf(BadRequestException.class, cause(() -> get(herder.resetConnectorOffsets(name))));

        get(herder.stopConnector(name));
        assertEquals("The Connect framework-managed offsets for this connector have been altered successfully."
                + " However, if this connector manages offsets externally, they will need to be manually altered in"
                + " the system that the connector uses.", get(herder.alterConnectorOffsets(name, rewind)));
        assertEquals(List.of(new PartitionOffset(Map.of("ticker", "task-0"), Map.of("position", 1000L))),
                get(herder.connectorOffsets(name)));
        assertEquals("The Connect framework-managed offsets for this connector have been reset successfully."
                + " However, if this connector manages offsets externally, they will need to be manually reset in"
                + " the system that the connector uses.", get(herder.resetConnectorOffsets(name)));
        assertEquals(List.of(), get(herder.connectorOffsets(name)));
    }

    @Test
    void theConnectorSeesEveryOffsetChangeFirstAndMayRefuseIt() throws Exception {
        get(herder.putConnectorConfig(name, ticking(name, topic, "offsets.external", "true"), TargetState.STOPPED,
                false));
        Map<String, Object> partition = Map.of("ticker", "task-0");
        get(herder.alterConnectorOffsets(name, List.of(new PartitionOffset(partition, Map.of("position", 7)))));

        // The connector is given the offset as its tasks will read it back: the number is a long.
        assertEquals(Map.of(partition, Map.of("position", 7L)), TickingConnectors.TickingSourceConnector.lastAlteration);
        Throwable refused = cause(() -> get(herder.alterConnectorOffsets(name,
                List.of(new PartitionOffset(partition, Map.of("position", -1))))));
        assertEquals(ConnectException.class, refused.getClass());
        assertEquals("A tick position cannot be negative: -1", refused.getMessage());
        assertEquals(List.of(new PartitionOffset(partition, Map.of("position", 7L))),
                get(herder.connectorOffsets(name)));

        // A reset shows the connector every partition it has, each with a null offset.
        assertEquals("The offsets for this connector have been reset successfully",
                get(herder.resetConnectorOffsets(name)));
        Map<Map<String, ?>, Map<String, ?>> reset = new HashMap<>();
        reset.put(partition, null);
        assertEquals(reset, TickingConnectors.TickingSourceConnector.lastAlteration);
        assertEquals(List.of(), get(herder.connectorOffsets(name)));
    }

    @Test
    void onceTheHerderThreadHasStoppedEveryRequestIsRefusedAtOnce() {
        herder.stop();
        CompletableFuture<Void> health = herder.healthCheck();
        assertTrue(health.isCompletedExceptionally(), "a health check fails without waiting");
    }

    @Test
    void connectorFilesInJsonAndPropertiesFormAreAccepted() throws Exception {
        Path json = dir.resolve("c.json");
        java.nio.file.Files.writeString(json, "{\"name\":\"" + name + "\",\"config\":{\"connector.class\":\""
                + TickingConnectors.TickingSourceConnector.class.getName() + "\",\"topic\":\"" + topic
                + "\",\"tasks.max\":1}}");
        Path props = dir.resolve("c.properties");
        java.nio.file.Files.writeString(props, "name=" + name + "-p\nconnector.class="
                + TickingConnectors.TickingSourceConnector.class.getName() + "\ntopic=" + topic + "\n");
        runtime.submit(json, StandaloneFixture.DEADLINE);
        runtime.submit(props, StandaloneFixture.DEADLINE);
        await("both file connectors run", () -> statusIs("RUNNING", "RUNNING")
                && get0(() -> get(herder.connectorStatus(name + "-p")).connector().state() == State.RUNNING));
        assertEquals("1", get(herder.connectorConfig(name)).get("tasks.max"));
    }
}
