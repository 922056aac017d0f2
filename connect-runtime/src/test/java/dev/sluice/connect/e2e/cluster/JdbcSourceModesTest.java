/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.connect.e2e.BuildLayout;
import dev.sluice.connect.e2e.Eventually;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each mode of the JDBC source, run by a distributed Sluice worker process on a PostgreSQL table: three rows, then
 * one of them updated and two added, then a last row that marks the end. The topic holds, before that last row,
 * exactly what the mode promises: bulk the whole table each time, incrementing the new rows, the timestamp modes
 * new and updated rows, each once.
 */
@Tag("slow")
@WithSharedKafka
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcSourceModesTest {

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path dir;

    private DistributedCluster cluster;
    private DistributedWorkerProcess worker;

    @BeforeAll
    void oneWorkerWithTheJdbcPlugin(KafkaTestClients kafka) {
        cluster = DistributedCluster.create("jdbc-modes", kafka.bootstrapServers(), dir);
        worker = cluster.start(WorkerRuntime.SLUICE, "w1", setup -> setup
                .pluginDir(BuildLayout.pluginDir("sluice-jdbc")));
        worker.awaitRestReady(STARTUP);
    }

    @AfterAll
    void closeCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bulk                   | 1:a 2:b 3:c | 1:a 2:B 3:c 4:d 5:e",
        "incrementing           | 1:a 2:b 3:c | 4:d 5:e",
        "timestamp              | 1:a 2:b 3:c | 2:B 4:d 5:e",
        "timestamp+incrementing | 1:a 2:b 3:c | 2:B 4:d 5:e"})
    void theTopicHoldsWhatTheModePromises(String mode, String first, String second, KafkaTestClients kafka)
            throws Exception {
        String table = "mode_" + mode.replace('+', '_') + "_" + UUID.randomUUID().toString().substring(0, 8);
        String topic = cluster.names().groupId() + "-" + table;
        kafka.createTopic(topic, 1, 1);
        JdbcTables.execute(JdbcTables.POSTGRES_URL, "CREATE TABLE " + table + " (id SERIAL PRIMARY KEY,"
                + " name TEXT NOT NULL, updated_at TIMESTAMP(3) NOT NULL DEFAULT clock_timestamp())",
                "INSERT INTO " + table + " (name) VALUES ('a'), ('b'), ('c')");
        try (JsonTopic records = new JsonTopic(kafka, topic)) {
            Map<String, String> config = new HashMap<>(Map.of(
                    "connector.class", "dev.sluice.connect.jdbc.JdbcSourceConnector",
                    "connection.url", JdbcTables.POSTGRES_URL,
                    "table.include.list", table,
                    "mode", mode,
                    "topic.prefix", cluster.names().groupId() + "-",
                    "poll.interval.ms", "500"));
            if (mode.contains("incrementing")) {
                config.put("incrementing.column.name", "id");
            }
            if (mode.contains("timestamp")) {
                config.put("timestamp.column.name", "updated_at");
            }
            worker.rest().createConnector(table, config, STARTUP);
            int firstRows = first.split(" ").length;
            awaitRows(records, firstRows, worker);
            assertEquals(first, rows(records.values().subList(0, firstRows)), "first query");

            int before = records.read();
            JdbcTables.execute(JdbcTables.POSTGRES_URL,
                    "UPDATE " + table + " SET name = 'B', updated_at = clock_timestamp() WHERE id = 2",
                    "INSERT INTO " + table + " (name) VALUES ('d'), ('e')");
            // A last row marks the end: what the topic holds before it is what the changes produced.
            JdbcTables.execute(JdbcTables.POSTGRES_URL, "INSERT INTO " + table + " (name) VALUES ('end')");
            Eventually.await("the end marker in " + topic, DELIVERY,
                    () -> records.read() > before && rows(records.values()).contains("6:end"),
                    () -> rows(records.values()) + "\n" + worker.consoleTail());
            if (mode.equals("bulk")) {
                // Bulk copies the whole table every poll, in no particular order: once the marker is in, every
                // copy is the table after the changes, so the last six records are all of it.
                Eventually.await("a whole copy of the changed table", DELIVERY, () -> {
                    records.read();
                    return rows(lastSortedById(records.values(), 6)).equals(second + " 6:end");
                }, () -> rows(records.values()));
            } else {
                List<JsonNode> changed = records.values().subList(before, records.values().size());
                List<JsonNode> upToMarker = changed.subList(0, indexOfMarker(changed) + 1);
                assertEquals(second + " 6:end", rows(upToMarker), "each new or changed row once, in order");
            }
        } finally {
            worker.rest().delete("/connectors/" + table);
            JdbcTables.execute(JdbcTables.POSTGRES_URL, "DROP TABLE IF EXISTS " + table);
        }
    }

    private static int indexOfMarker(List<JsonNode> values) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).get("name").asText().equals("end")) {
                return i;
            }
        }
        throw new AssertionError("no end marker in " + rows(values));
    }

    private static List<JsonNode> lastSortedById(List<JsonNode> values, int count) {
        List<JsonNode> last = new ArrayList<>(values.subList(Math.max(0, values.size() - count), values.size()));
        last.sort(Comparator.comparingInt(value -> value.get("id").asInt()));
        return last;
    }

    private static void awaitRows(JsonTopic records, int count, DistributedWorkerProcess worker) {
        Eventually.await(count + " rows", DELIVERY, () -> records.read() >= count,
                () -> rows(records.values()) + "\n" + worker.consoleTail());
    }

    /** {@code id:name} of each value, space-separated, in topic order. */
    private static String rows(List<JsonNode> values) {
        List<String> rows = new ArrayList<>();
        values.forEach(value -> rows.add(value.get("id").asText() + ":" + value.get("name").asText()));
        return String.join(" ", rows);
    }
}
