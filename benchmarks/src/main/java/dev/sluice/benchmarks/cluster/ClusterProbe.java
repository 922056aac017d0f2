/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.benchmarks.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;

/**
 * The REST side of {@code benchmarks/distributed.sh}: waits for workers, creates connectors, waits until they run
 * (optionally nowhere on a given worker) and times GETs. Works against Apache's and Sluice's workers alike, so both
 * are measured by the same code. Prints {@code key=value} lines for the script.
 *
 * <pre>
 * ClusterProbe free-port
 * ClusterProbe ready URL START_EPOCH_MS TIMEOUT_S            -> ready_ms=
 * ClusterProbe create URL[,URL...] PREFIX COUNT FILE          -> created= retries=  (a random URL per connector)
 * ClusterProbe await-running URL PREFIX COUNT TIMEOUT_S [NOT_ON_WORKER] -> done_epoch_ms=
 * ClusterProbe await-joined URL PREFIX COUNT TIMEOUT_S WORKER WORKERS
 *                                    -> first_task_epoch_ms= balanced_epoch_ms= (or balanced=none) and placement
 * ClusterProbe placement URL PREFIX                           -> one line per worker: WORKER connectors= tasks=
 * ClusterProbe latency URL PATH COUNT PREFIX CONNECTORS       -> p50_ms= p99_ms= max_ms=  ({i} in PATH: a random connector)
 * </pre>
 */
public final class ClusterProbe {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ClusterProbe() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "free-port" -> {
                try (ServerSocket socket = new ServerSocket(0)) {
                    System.out.println(socket.getLocalPort());
                }
            }
            case "ready" -> ready(args[1], Long.parseLong(args[2]), Integer.parseInt(args[3]));
            case "create" -> create(args[1], args[2], Integer.parseInt(args[3]), args[4]);
            case "await-running" -> awaitRunning(args[1], args[2], Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), args.length > 5 ? args[5] : null);
            case "await-joined" -> awaitJoined(args[1], args[2], Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), args[5], Integer.parseInt(args[6]));
            case "placement" -> printPlacement(placement(args[1], args[2]));
            case "latency" -> latency(args[1], args[2], Integer.parseInt(args[3]), args[4],
                    Integer.parseInt(args[5]));
            default -> throw new IllegalArgumentException("Unknown command " + Arrays.toString(args));
        }
    }

    private static HttpResponse<String> send(String method, String url, String body) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until GET / answers 200 with a JSON body (Apache's Jetty answers HTML 404s while it starts). */
    private static void ready(String url, long startEpochMs, int timeoutSeconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutSeconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            try {
                HttpResponse<String> answer = send("GET", url + "/", null);
                if (answer.statusCode() == 200 && answer.body().startsWith("{")) {
                    System.out.println("ready_ms=" + (System.currentTimeMillis() - startEpochMs));
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        throw new IllegalStateException(url + " was not ready within " + timeoutSeconds + " s");
    }

    /**
     * Creates FileStreamSource connectors PREFIX-0 … reading FILE, each through one of URLS (comma-separated) picked at
     * random (seeded, so runs pick alike), as a burst of creates from clients spread over a cluster would; retries
     * (409 while the cluster rebalances, or no answer) on the same worker for up to 120 s per connector.
     */
    private static void create(String urls, String prefix, int count, String file) throws Exception {
        String[] workers = urls.split(",");
        Random random = new Random(7);
        int retries = 0;
        for (int i = 0; i < count; i++) {
            String name = prefix + "-" + i;
            String url = workers[random.nextInt(workers.length)];
            Map<String, String> config = new LinkedHashMap<>();
            config.put("connector.class", "org.apache.kafka.connect.file.FileStreamSourceConnector");
            config.put("tasks.max", "1");
            config.put("file", file);
            config.put("topic", prefix + "-topic");
            String body = JSON.writeValueAsString(config);
            long deadline = System.currentTimeMillis() + 120_000;
            while (true) {
                HttpResponse<String> answer;
                try {
                    answer = send("PUT", url + "/connectors/" + name + "/config", body);
                } catch (IOException e) {
                    answer = null;
                }
                if (answer != null && (answer.statusCode() == 200 || answer.statusCode() == 201)) {
                    break;
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("Could not create " + name + " through " + url + ": "
                            + (answer == null ? "no answer" : answer.statusCode() + " " + answer.body()));
                }
                retries++;
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            }
        }
        System.out.println("created=" + count + " retries=" + retries);
    }

    /** Waits until COUNT connectors named PREFIX-* and all their tasks are RUNNING, none on NOT_ON_WORKER. */
    private static void awaitRunning(String url, String prefix, int count, int timeoutSeconds, String notOn)
            throws Exception {
        long deadline = System.currentTimeMillis() + timeoutSeconds * 1000L;
        String last = "no answer";
        while (System.currentTimeMillis() < deadline) {
            try {
                HttpResponse<String> answer = send("GET", url + "/connectors?expand=status", null);
                if (answer.statusCode() == 200) {
                    int running = countRunning(JSON.readTree(answer.body()), prefix, notOn);
                    last = running + " of " + count + " running";
                    if (running >= count) {
                        System.out.println("done_epoch_ms=" + System.currentTimeMillis());
                        return;
                    }
                }
            } catch (IOException e) {
                last = e.toString();
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        throw new IllegalStateException("Not all running within " + timeoutSeconds + " s: " + last);
    }

    private static int countRunning(JsonNode all, String prefix, String notOn) {
        int running = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getKey().startsWith(prefix + "-")) {
                continue;
            }
            JsonNode status = entry.getValue().path("status");
            boolean ok = isRunning(status.path("connector"), notOn) && status.path("tasks").size() > 0;
            for (JsonNode task : status.path("tasks")) {
                ok &= isRunning(task, notOn);
            }
            if (ok) {
                running++;
            }
        }
        return running;
    }

    private static boolean isRunning(JsonNode instance, String notOn) {
        return "RUNNING".equals(instance.path("state").asText())
                && (notOn == null || !notOn.equals(instance.path("worker_id").asText()));
    }

    /**
     * After WORKER (re)joined a cluster of WORKERS members: waits until COUNT connectors PREFIX-* and their tasks are
     * RUNNING and WORKER runs at least one task (first_task_epoch_ms), then until, in addition, every worker runs
     * between floor(tasks / WORKERS) and ceil(tasks / WORKERS) tasks (balanced_epoch_ms). Balance not reached by the
     * deadline prints balanced=none instead of failing, since what an assignor guarantees differs; the last
     * placement follows either way.
     */
    private static void awaitJoined(String url, String prefix, int count, int timeoutSeconds, String worker,
                                    int workers) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutSeconds * 1000L;
        boolean first = false;
        String last = "no answer";
        Map<String, int[]> placement = Map.of();
        while (System.currentTimeMillis() < deadline) {
            try {
                HttpResponse<String> answer = send("GET", url + "/connectors?expand=status", null);
                if (answer.statusCode() == 200) {
                    JsonNode all = JSON.readTree(answer.body());
                    int running = countRunning(all, prefix, null);
                    placement = placement(all, prefix);
                    last = running + " of " + count + " running";
                    if (running >= count) {
                        int[] mine = placement.getOrDefault(worker, new int[2]);
                        if (!first && mine[1] > 0) {
                            first = true;
                            System.out.println("first_task_epoch_ms=" + System.currentTimeMillis());
                        }
                        if (first && balanced(placement, workers)) {
                            System.out.println("balanced_epoch_ms=" + System.currentTimeMillis());
                            printPlacement(placement);
                            return;
                        }
                    }
                }
            } catch (IOException e) {
                last = e.toString();
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        if (!first) {
            printPlacement(placement);
            throw new IllegalStateException(worker + " ran no task within " + timeoutSeconds + " s: " + last);
        }
        System.out.println("balanced=none");
        printPlacement(placement);
    }

    private static boolean balanced(Map<String, int[]> placement, int workers) {
        if (placement.size() != workers) {
            return false;
        }
        int total = placement.values().stream().mapToInt(counts -> counts[1]).sum();
        int floor = total / workers;
        int ceil = (total + workers - 1) / workers;
        return placement.values().stream().allMatch(counts -> counts[1] >= floor && counts[1] <= ceil);
    }

    private static Map<String, int[]> placement(String url, String prefix) throws Exception {
        HttpResponse<String> answer = send("GET", url + "/connectors?expand=status", null);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + answer.statusCode() + " " + answer.body());
        }
        return placement(JSON.readTree(answer.body()), prefix);
    }

    /** Worker id -> {connectors, tasks} it runs (RUNNING ones) of the connectors PREFIX-*, sorted by worker id. */
    private static Map<String, int[]> placement(JsonNode all, String prefix) {
        Map<String, int[]> placement = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getKey().startsWith(prefix + "-")) {
                continue;
            }
            JsonNode status = entry.getValue().path("status");
            JsonNode connector = status.path("connector");
            if ("RUNNING".equals(connector.path("state").asText())) {
                placement.computeIfAbsent(connector.path("worker_id").asText(), w -> new int[2])[0]++;
            }
            for (JsonNode task : status.path("tasks")) {
                if ("RUNNING".equals(task.path("state").asText())) {
                    placement.computeIfAbsent(task.path("worker_id").asText(), w -> new int[2])[1]++;
                }
            }
        }
        return placement;
    }

    private static void printPlacement(Map<String, int[]> placement) {
        placement.forEach((worker, counts) ->
                System.out.println(worker + " connectors=" + counts[0] + " tasks=" + counts[1]));
    }

    /** Times COUNT GETs of PATH ({i}: a random one of CONNECTORS connectors PREFIX-i), after 20 warm-up calls. */
    private static void latency(String url, String path, int count, String prefix, int connectors) throws Exception {
        Random random = new Random(42);
        List<Long> nanos = new ArrayList<>(count);
        for (int i = -20; i < count; i++) {
            String target = url + path.replace("{i}", prefix + "-" + random.nextInt(connectors));
            long start = System.nanoTime();
            HttpResponse<String> answer = send("GET", target, null);
            long took = System.nanoTime() - start;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(target + " answered " + answer.statusCode() + " " + answer.body());
            }
            if (i >= 0) {
                nanos.add(took);
            }
        }
        nanos.sort(null);
        System.out.printf("p50_ms=%.2f p99_ms=%.2f max_ms=%.2f%n", percentile(nanos, 0.50), percentile(nanos, 0.99),
                nanos.get(nanos.size() - 1) / 1e6);
    }

    private static double percentile(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }
}
