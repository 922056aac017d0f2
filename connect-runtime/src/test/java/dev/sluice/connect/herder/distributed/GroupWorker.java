/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import dev.sluice.connect.domain.ConnectorTaskId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.concurrent.locks.LockSupport;

/**
 * A stand-in for a distributed herder in membership tests: runs one {@link WorkerGroupMember} on its own thread,
 * polling in a loop as the herder would, keeps what it was told to run, reports it back as its metadata, and records
 * every listener call with the thread it came on.
 */
final class GroupWorker implements AutoCloseable {

    /** One listener call. */
    sealed interface Event permits Assigned, Revoked {
        String thread();
    }

    record Assigned(WorkerAssignment assignment, int generation, String memberId, String thread) implements Event {
    }

    record Revoked(String leader, List<String> connectors, List<ConnectorTaskId> tasks, String thread)
            implements Event {
    }

    private static final Duration POLL = Duration.ofMillis(200);

    final String url;
    final List<Event> events = new CopyOnWriteArrayList<>();
    private final Set<String> connectors = new LinkedHashSet<>();
    private final Set<ConnectorTaskId> tasks = new LinkedHashSet<>();
    private final WorkerGroupMember member;
    private final Thread thread;
    private volatile String leader;
    private volatile boolean running = true;
    private volatile String rejoinReason;

    private GroupWorker(String url, Map<String, Object> settings, GroupAssignor assignor) {
        this.url = url;
        this.member = new WorkerGroupMember(settings, this::metadata, assignor, new Recorder());
        this.thread = new Thread(this::run, "herder-" + url);
    }

    /** Starts a worker whose herder thread polls the member until {@link #close()}. */
    static GroupWorker start(String url, Map<String, Object> settings, GroupAssignor assignor) {
        GroupWorker worker = new GroupWorker(url, settings, assignor);
        worker.thread.start();
        return worker;
    }

    /** Group settings for a quick test group: short session and heartbeat so rebalances are seen fast. */
    static Map<String, Object> settings(String bootstrapServers, String groupId, ConnectProtocol protocol) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("bootstrap.servers", bootstrapServers);
        settings.put("group.id", groupId);
        settings.put("session.timeout.ms", 6_000);
        settings.put("heartbeat.interval.ms", 500);
        settings.put("rebalance.timeout.ms", 10_000);
        settings.put("connect.protocol", protocol.configValue());
        return settings;
    }

    /** Blocks until the condition holds, failing with the message and the recorded events at the deadline. */
    static void awaitUntil(Duration deadline, String what, BooleanSupplier condition, GroupWorker... workers) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                StringBuilder seen = new StringBuilder();
                for (GroupWorker worker : workers) {
                    seen.append('\n').append(worker.url).append(": ").append(worker.events);
                }
                throw new AssertionError("Not within " + deadline + ": " + what + seen);
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    Optional<Assigned> lastAssignment() {
        Assigned last = null;
        for (Event event : events) {
            if (event instanceof Assigned assigned) {
                last = assigned;
            }
        }
        return Optional.ofNullable(last);
    }

    List<Revoked> revocations() {
        List<Revoked> revoked = new ArrayList<>();
        for (Event event : events) {
            if (event instanceof Revoked r) {
                revoked.add(r);
            }
        }
        return revoked;
    }

    /** Asks the herder thread to request a rebalance, as a herder does after a config change. */
    void requestRejoin(String reason) {
        rejoinReason = reason;
        member.wakeup();
    }

    String threadName() {
        return thread.getName();
    }

    /** Stops the herder thread, which closes the member (leaving the group) on its way out. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        member.wakeup();
        thread.join(Duration.ofSeconds(30).toMillis());
    }

    private void run() {
        try {
            while (running) {
                String reason = rejoinReason;
                if (reason != null) {
                    rejoinReason = null;
                    member.requestRejoin(reason);
                }
                member.poll(POLL);
            }
        } finally {
            member.close();
        }
    }

    /** What a herder reports at each join: its URL, no config read yet, and what it runs now. */
    private WorkerMetadata metadata() {
        WorkerAssignment running = leader == null ? null : new WorkerAssignment(WorkerAssignment.NO_ERROR, leader,
                "", -1, List.copyOf(connectors), List.copyOf(tasks), List.of(), List.of(), 0);
        return new WorkerMetadata(url, -1, running);
    }

    private final class Recorder implements MembershipListener {

        @Override
        public void onAssigned(WorkerAssignment assignment, int generation) {
            leader = assignment.leader();
            connectors.addAll(assignment.connectors());
            tasks.addAll(assignment.tasks());
            events.add(new Assigned(assignment, generation, member.memberId(), Thread.currentThread().getName()));
        }

        @Override
        public void onRevoked(String leader, Collection<String> revokedConnectors,
                              Collection<ConnectorTaskId> revokedTasks) {
            connectors.removeAll(revokedConnectors);
            tasks.removeAll(revokedTasks);
            events.add(new Revoked(leader, List.copyOf(revokedConnectors), List.copyOf(revokedTasks),
                    Thread.currentThread().getName()));
        }
    }
}
