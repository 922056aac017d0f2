/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import static dev.sluice.connect.herder.distributed.GroupWorker.awaitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.herder.distributed.GroupWorker.Assigned;
import dev.sluice.connect.herder.distributed.GroupWorker.Event;
import dev.sluice.connect.herder.distributed.GroupWorker.Revoked;
import dev.sluice.connect.testkit.KafkaEndpoint;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Workers form a Connect group on a real broker through {@link WorkerGroupMember}: one leads, everyone gets the
 * leader's assignment, departures and revocations lead to new generations.
 */
@WithSharedKafka
class WorkerGroupMemberTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private final List<GroupWorker> workers = new ArrayList<>();
    private final OneConnectorEach assignor = new OneConnectorEach();
    private String bootstrapServers;
    private String groupId;

    @BeforeEach
    void newGroup(KafkaEndpoint kafka) {
        bootstrapServers = kafka.bootstrapServers();
        groupId = "sluice-group-" + UUID.randomUUID();
    }

    @AfterEach
    void stopWorkers() throws InterruptedException {
        for (GroupWorker worker : workers) {
            worker.close();
        }
    }

    @Test
    void twoWorkersShareOneGenerationWithOneLeaderWhoseAssignmentBothReceive() {
        GroupWorker first = start("http://first:8083/", ConnectProtocol.SESSIONED);
        GroupWorker second = start("http://second:8083/", ConnectProtocol.SESSIONED);

        awaitUntil(DEADLINE, "both workers assigned in the same two-member generation",
                () -> sameGeneration(first, second) && assignor.lastMembers().size() == 2, first, second);

        Assigned toFirst = first.lastAssignment().orElseThrow();
        Assigned toSecond = second.lastAssignment().orElseThrow();
        String leader = toFirst.assignment().leader();
        assertEquals(leader, toSecond.assignment().leader());
        assertTrue(leader.equals(toFirst.memberId()) ^ leader.equals(toSecond.memberId()), "exactly one leads");
        assertTrue(toFirst.memberId().startsWith("connect-"), "member ids start with the client id");
        String leaderUrl = leader.equals(toFirst.memberId()) ? first.url : second.url;
        assertEquals(leaderUrl, toFirst.assignment().leaderUrl());
        assertEquals(leaderUrl, toSecond.assignment().leaderUrl());

        assertEquals(List.of("connector-for-" + first.url), toFirst.assignment().connectors());
        assertEquals(List.of(new ConnectorTaskId("connector-for-" + second.url, 0)), toSecond.assignment().tasks());
        assertEquals(ConnectProtocol.SESSIONED, assignor.lastProtocol);
        assertEquals(toFirst.generation(), assignor.lastGeneration);
        assertCallbacksOnTheHerderThread(first);
        assertCallbacksOnTheHerderThread(second);
    }

    @Test
    void whenOneWorkerLeavesTheOtherIsAssignedANewGenerationWithinSeconds() throws InterruptedException {
        GroupWorker staying = start("http://staying:8083/", ConnectProtocol.SESSIONED);
        GroupWorker leaving = start("http://leaving:8083/", ConnectProtocol.SESSIONED);
        awaitUntil(DEADLINE, "a two-member generation",
                () -> sameGeneration(staying, leaving) && assignor.lastMembers().size() == 2, staying, leaving);
        int before = staying.lastAssignment().orElseThrow().generation();

        leaving.close();
        workers.remove(leaving);

        awaitUntil(Duration.ofSeconds(10), "a new generation for the remaining worker",
                () -> staying.lastAssignment().orElseThrow().generation() > before, staying);
        assertEquals(List.of(staying.url), assignor.lastMembers().values().stream().map(WorkerMetadata::url).toList());
    }

    @Test
    void wakeupMakesAPollReturnPromptly() {
        Recording listener = new Recording();
        try (WorkerGroupMember member = memberOnThisThread("http://alone:8083/", assignor, listener, Map.of())) {
            pollUntil(member, () -> listener.assigned.size() == 1);

            Thread herder = Thread.currentThread();
            Thread waker = new Thread(() -> {
                awaitUntil(DEADLINE, "the herder thread to block in poll", () -> blockedInNetworkPoll(herder));
                member.wakeup();
            });
            long start = System.nanoTime();
            waker.start();
            member.poll(Duration.ofSeconds(30));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0,
                    "poll returned soon after wakeup");

            member.wakeup();
            start = System.nanoTime();
            member.poll(Duration.ofSeconds(30));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(1)) < 0,
                    "a wakeup before poll makes the next poll return at once");
        }
    }

    @Test
    void aDelayInTheAssignmentMakesTheMemberRejoinWhenItRunsOut() {
        Recording listener = new Recording();
        GroupAssignor delayOnce = (leaderId, protocol, members, generation) -> Map.of(leaderId,
                new WorkerAssignment(WorkerAssignment.NO_ERROR, leaderId, members.get(leaderId).url(), -1, List.of(),
                        List.of(), List.of(), List.of(), generation == 1 ? 1_000 : 0));
        try (WorkerGroupMember member = memberOnThisThread("http://delayed:8083/", delayOnce, listener, Map.of())) {
            pollUntil(member, () -> listener.assigned.size() == 2);
            assertEquals(List.of(1, 2), listener.generations);
        }
    }

    @Test
    void aCooperativeMemberThatLostItsMembershipGivesUpEverythingBeforeRejoining() {
        Recording listener = new Recording();
        // The herder stops polling for longer than the rebalance timeout: the heartbeat thread leaves the group.
        Map<String, Object> impatient = Map.of("rebalance.timeout.ms", 2_000);
        try (WorkerGroupMember member = memberOnThisThread("http://stalled:8083/", assignor, listener, impatient)) {
            pollUntil(member, () -> listener.assigned.size() == 1);
            awaitUntil(DEADLINE, "the heartbeat thread to give up the membership", () -> member.generation() == -1);

            pollUntil(member, () -> listener.assigned.size() == 2);
            String connector = "connector-for-http://stalled:8083/";
            assertEquals(List.of(List.of(connector)), listener.revokedConnectors);
            assertEquals(List.of("assigned", "revoked", "assigned"), listener.calls);
        }
    }

    @Test
    void eagerWorkersGiveUpEverythingBeforeEachRejoin() {
        GroupWorker first = start("http://eager-1:8083/", ConnectProtocol.EAGER);
        awaitUntil(DEADLINE, "the first worker assigned", () -> first.lastAssignment().isPresent(), first);

        GroupWorker second = start("http://eager-2:8083/", ConnectProtocol.EAGER);
        awaitUntil(DEADLINE, "both workers in one generation",
                () -> sameGeneration(first, second) && assignor.lastMembers().size() == 2, first, second);

        Revoked revoked = first.revocations().get(0);
        assertEquals(List.of("connector-for-" + first.url), revoked.connectors());
        assertEquals(List.of(new ConnectorTaskId("connector-for-" + first.url, 0)), revoked.tasks());
        List<Event> firstEvents = first.events;
        assertTrue(firstEvents.indexOf(revoked) < firstEvents.indexOf(first.lastAssignment().orElseThrow()),
                "revoked before the new assignment");
        assertEquals(ConnectProtocol.EAGER, assignor.lastProtocol);
    }

    @Test
    void aGroupSettlesOnTheNewestProtocolEveryMemberSpeaks() {
        GroupWorker sessioned = start("http://sessioned:8083/", ConnectProtocol.SESSIONED);
        GroupWorker compatible = start("http://compatible:8083/", ConnectProtocol.COMPATIBLE);
        awaitUntil(DEADLINE, "both workers in one generation",
                () -> sameGeneration(sessioned, compatible) && assignor.lastMembers().size() == 2,
                sessioned, compatible);
        assertEquals(ConnectProtocol.COMPATIBLE, assignor.lastProtocol);
        assertTrue(sessioned.revocations().isEmpty(), "cooperative workers keep their work through a rebalance");
    }

    @Test
    void aCooperativeWorkerGivesUpEverythingWhenAnEagerWorkerJoins() {
        GroupWorker cooperative = start("http://cooperative:8083/", ConnectProtocol.SESSIONED);
        awaitUntil(DEADLINE, "the cooperative worker assigned", () -> cooperative.lastAssignment().isPresent(),
                cooperative);

        GroupWorker eager = start("http://eager:8083/", ConnectProtocol.EAGER);
        awaitUntil(DEADLINE, "both workers in one generation",
                () -> sameGeneration(cooperative, eager) && assignor.lastMembers().size() == 2, cooperative, eager);

        assertEquals(ConnectProtocol.EAGER, assignor.lastProtocol);
        Revoked revoked = cooperative.revocations().get(0);
        assertEquals(List.of("connector-for-" + cooperative.url), revoked.connectors());
        assertTrue(cooperative.events.indexOf(revoked) < cooperative.events.indexOf(cooperative.lastAssignment().get()),
                "revoked before the eager assignment");
    }

    @Test
    void aCooperativeWorkerRejoinsByItselfAfterGivingUpRevokedWork() {
        RevokeOnSecondRound revoking = new RevokeOnSecondRound();
        GroupWorker worker = GroupWorker.start("http://revoked:8083/",
                GroupWorker.settings(bootstrapServers, groupId, ConnectProtocol.COMPATIBLE), revoking);
        workers.add(worker);
        awaitUntil(DEADLINE, "the worker assigned connector c", () -> worker.lastAssignment().isPresent(), worker);
        int first = worker.lastAssignment().orElseThrow().generation();

        // Something else (a config change, say) triggers a rebalance, in which the leader takes c away.
        revoking.revokeNextTime = true;
        worker.events.clear();
        worker.requestRejoin("test: config changed");
        awaitUntil(DEADLINE, "c revoked, then a further generation without anyone asking",
                () -> worker.events.stream().filter(e -> e instanceof Assigned).count() >= 2, worker);

        assertEquals(List.of("c"), worker.revocations().get(0).connectors());
        assertTrue(worker.lastAssignment().orElseThrow().generation() >= first + 2);
        assertEquals(List.of(), revoking.heldAtLastRound, "the rejoin reported c as given up");
    }

    private WorkerGroupMember memberOnThisThread(String url, GroupAssignor assignor, MembershipListener listener,
                                                 Map<String, Object> overrides) {
        Map<String, Object> settings = GroupWorker.settings(bootstrapServers, groupId, ConnectProtocol.SESSIONED);
        settings.putAll(overrides);
        return new WorkerGroupMember(settings, () -> new WorkerMetadata(url, -1, null), assignor, listener);
    }

    private static void pollUntil(WorkerGroupMember member, BooleanSupplier condition) {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "condition not met within " + DEADLINE);
            member.poll(Duration.ofMillis(100));
        }
    }

    private GroupWorker start(String url, ConnectProtocol protocol) {
        GroupWorker worker = GroupWorker.start(url, GroupWorker.settings(bootstrapServers, groupId, protocol), assignor);
        workers.add(worker);
        return worker;
    }

    private static boolean blockedInNetworkPoll(Thread thread) {
        return Arrays.stream(thread.getStackTrace()).anyMatch(frame -> frame.getMethodName().equals("select"));
    }

    private static boolean sameGeneration(GroupWorker a, GroupWorker b) {
        return a.lastAssignment().isPresent() && b.lastAssignment().isPresent()
                && a.lastAssignment().get().generation() == b.lastAssignment().get().generation();
    }

    private static void assertCallbacksOnTheHerderThread(GroupWorker worker) {
        for (Event event : worker.events) {
            assertEquals(worker.threadName(), event.thread());
        }
    }

    /** Records listener calls made on the test's own thread. */
    static final class Recording implements MembershipListener {

        final List<WorkerAssignment> assigned = new ArrayList<>();
        final List<Integer> generations = new ArrayList<>();
        final List<List<String>> revokedConnectors = new ArrayList<>();
        final List<String> calls = new ArrayList<>();

        @Override
        public void onAssigned(WorkerAssignment assignment, int generation) {
            assigned.add(assignment);
            generations.add(generation);
            calls.add("assigned");
        }

        @Override
        public void onRevoked(String leader, Collection<String> connectors, Collection<ConnectorTaskId> tasks) {
            revokedConnectors.add(List.copyOf(connectors));
            calls.add("revoked");
        }
    }

    /** The trivial assignor: each member gets a connector named after its URL and that connector's task 0. */
    static final class OneConnectorEach implements GroupAssignor {

        volatile Map<String, WorkerMetadata> lastMembers = Map.of();
        volatile ConnectProtocol lastProtocol;
        volatile int lastGeneration;

        @Override
        public Map<String, WorkerAssignment> assign(String leaderId, ConnectProtocol protocol,
                                                    Map<String, WorkerMetadata> members, int generation) {
            lastMembers = Map.copyOf(members);
            lastProtocol = protocol;
            lastGeneration = generation;
            Map<String, WorkerAssignment> assignments = new LinkedHashMap<>();
            members.forEach((memberId, metadata) -> {
                String connector = "connector-for-" + metadata.url();
                assignments.put(memberId, new WorkerAssignment(WorkerAssignment.NO_ERROR, leaderId,
                        members.get(leaderId).url(), -1, List.of(connector), List.of(new ConnectorTaskId(connector, 0)),
                        List.of(), List.of(), 0));
            });
            return assignments;
        }

        Map<String, WorkerMetadata> lastMembers() {
            return lastMembers;
        }
    }

    /** Hands out connector c once and, when told to, revokes it from whoever holds it. */
    static final class RevokeOnSecondRound implements GroupAssignor {

        volatile boolean revokeNextTime;
        volatile List<String> heldAtLastRound;
        private boolean handedOut;

        @Override
        public Map<String, WorkerAssignment> assign(String leaderId, ConnectProtocol protocol,
                                                    Map<String, WorkerMetadata> members, int generation) {
            WorkerMetadata leader = members.get(leaderId);
            List<String> held = leader.previous() == null ? List.of() : leader.previous().connectors();
            heldAtLastRound = held;
            List<String> assign = handedOut ? List.of() : List.of("c");
            handedOut = true;
            List<String> revoke = revokeNextTime && held.contains("c") ? List.of("c") : List.of();
            if (!revoke.isEmpty()) {
                revokeNextTime = false;
            }
            return Map.of(leaderId, new WorkerAssignment(WorkerAssignment.NO_ERROR, leaderId, leader.url(), -1,
                    assign, List.of(), revoke, List.of(), 0));
        }
    }
}
