/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import dev.sluice.connect.domain.ConnectorTaskId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * The leader's assignor for incremental cooperative rebalancing (KIP-415, Connect protocols {@code compatible}
 * and {@code sessioned}). Each reply lists only what changes for that member: connectors and tasks to start in
 * addition to what it runs, and those to stop. A member keeps running everything else it reported.
 *
 * <p>One round, in order:
 * <ol>
 *   <li>If any member has read the config topic further than the leader, every member gets
 *       {@link WorkerAssignment#CONFIG_MISMATCH} and nothing changes (see {@link Assignments#leaderIsBehind}).</li>
 *   <li>Reports are reconciled ({@link ReportedWork}): work that is gone from the snapshot is revoked, and work
 *       reported twice stays with one member and is revoked from the others.</li>
 *   <li>Members of the previous round that are absent now have departed: what they held is held back for
 *       {@code scheduled.rebalance.max.delay.ms} and every reply carries the time left as {@code delay}, after
 *       which the members rejoin. A departed worker that comes back in time (same member id, or a new member id
 *       with the same URL) gets back what it held and nobody runs. When the grace period is over, when it is 0,
 *       or when a worker the leader has not seen before joins meanwhile, held-back work is handed out like any
 *       unassigned work (so mostly to the newcomer, the least loaded).</li>
 *   <li>Connectors and tasks are balanced separately with {@link WorkBalancer}: unassigned work goes to the
 *       least loaded members; members above their share have the excess revoked, and that work is assigned in
 *       the next round, after the revoking member rejoins without it. Nothing is ever assigned while some member
 *       still runs it.</li>
 * </ol>
 *
 * <p>Memory between rounds is the full assignment this assignor computed last (what each member runs once it
 * applies its reply), plus the departed workers. It is used to notice departures and to break ties between
 * duplicate reports. It is forgotten when the leader's member id changes or when a member reports an assignment
 * made by another leader; a leader without memory trusts the reports and hands out unreported work at once
 * (it cannot tell departed workers from work never assigned). Work held back in {@code delay} is left out of the
 * balance, so the remaining members are balanced among themselves meanwhile.
 *
 * <p>What a member reports ({@link WorkerMetadata#previous()}) must be everything it runs now: the herder
 * accumulates the replies it applied (starts added, revocations removed) rather than passing on the last reply,
 * which is only a delta. The revoked lists of a report are ignored, and a failed report counts as running nothing.
 *
 * <p>Deterministic: members, connectors and tasks are always visited in sorted order. Not thread-safe; the
 * herder thread owns it.
 */
public final class IncrementalCooperativeAssignor implements ConnectAssignor {

    private final long maxDelayMs;
    private final LongSupplier clock;
    private final Predicate<String> leftGracefully;
    private final DepartedWorkers departed = new DepartedWorkers();
    private String lastLeaderId;
    private SortedMap<String, WorkSet> lastHoldings = new TreeMap<>();
    private Map<String, String> lastUrls = new HashMap<>();

    /**
     * @param scheduledRebalanceMaxDelayMs {@code scheduled.rebalance.max.delay.ms}: how long a departed worker's
     *                                     work waits for it before going to others; 0 reassigns at once
     * @param clock                        current time in milliseconds
     */
    public IncrementalCooperativeAssignor(long scheduledRebalanceMaxDelayMs, LongSupplier clock) {
        this(scheduledRebalanceMaxDelayMs, clock, url -> false);
    }

    /**
     * @param leftGracefully tells, by REST URL, whether a departed worker shut down cleanly (it stopped its work
     *                       and said so) rather than vanished; its work is handed out at once instead of waiting
     *                       for it to come back
     */
    public IncrementalCooperativeAssignor(long scheduledRebalanceMaxDelayMs, LongSupplier clock,
                                          Predicate<String> leftGracefully) {
        if (scheduledRebalanceMaxDelayMs < 0) {
            throw new IllegalArgumentException("scheduled.rebalance.max.delay.ms must not be negative");
        }
        this.maxDelayMs = scheduledRebalanceMaxDelayMs;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.leftGracefully = Objects.requireNonNull(leftGracefully, "leftGracefully");
    }

    @Override
    public Map<String, WorkerAssignment> assign(String leaderId, String leaderUrl, long leaderConfigOffset,
                                                SortedMap<String, Integer> connectorTaskCounts,
                                                Map<String, WorkerMetadata> members) {
        Assignments.requireMembers(members);
        if (Assignments.leaderIsBehind(leaderConfigOffset, members)) {
            return Assignments.configMismatch(leaderId, leaderUrl, leaderConfigOffset, members);
        }
        long now = clock.getAsLong();
        SortedMap<String, WorkerMetadata> present = new TreeMap<>(members);
        if (memoryIsStale(leaderId, present)) {
            forget();
        }
        WorkSet desired = WorkSet.desired(connectorTaskCounts);
        ReportedWork reported = ReportedWork.reconcile(present, desired, lastHoldings);
        WorkSet claimed = reported.claimed();

        lastHoldings.forEach((member, work) -> {
            if (!present.containsKey(member)) {
                String url = lastUrls.get(member);
                boolean graceful = url != null && leftGracefully.test(url);
                departed.depart(member, url, work, graceful ? now : now + maxDelayMs);
            }
        });
        departed.narrow(desired, claimed);
        SortedMap<String, WorkSet> reclaimed = new TreeMap<>();
        boolean newcomer = false;
        for (Map.Entry<String, WorkerMetadata> member : present.entrySet()) {
            boolean known = lastHoldings.containsKey(member.getKey());
            var back = departed.comeBack(member.getKey(), member.getValue().url(), !known);
            back.ifPresent(departure -> reclaimed.put(member.getKey(), departure.work()));
            newcomer |= !known && back.isEmpty();
        }
        if (maxDelayMs == 0 || newcomer) {
            departed.releaseAll();
        } else {
            departed.releaseExpired(now);
        }
        WorkSet free = desired.minus(claimed).minus(departed.heldBack());
        for (WorkSet back : reclaimed.values()) {
            free = free.minus(back);
        }

        Map<String, Integer> taskLoad = new HashMap<>();
        present.keySet().forEach(member -> taskLoad.put(member, reported.kept().get(member).tasks().size()
                + reclaimed.getOrDefault(member, WorkSet.EMPTY).tasks().size()));
        WorkBalancer.Moves<String> connectorMoves = new WorkBalancer<>(
                byMember(reported.kept(), WorkSet::connectors), byMember(reclaimed, WorkSet::connectors),
                free.connectors(), taskLoad).balance();
        Map<String, Integer> connectorLoad = new HashMap<>();
        present.keySet().forEach(member -> connectorLoad.put(member, reported.kept().get(member).connectors().size()
                - connectorMoves.revoked().get(member).size() + connectorMoves.assigned().get(member).size()));
        WorkBalancer.Moves<ConnectorTaskId> taskMoves = new WorkBalancer<>(
                byMember(reported.kept(), WorkSet::tasks), byMember(reclaimed, WorkSet::tasks),
                free.tasks(), connectorLoad).balance();

        int delay = Assignments.clampDelay(departed.remaining(now));
        SortedMap<String, WorkerAssignment> replies = new TreeMap<>();
        SortedMap<String, WorkSet> holdings = new TreeMap<>();
        for (String member : present.keySet()) {
            WorkSet start = new WorkSet(connectorMoves.assigned().get(member), taskMoves.assigned().get(member));
            WorkSet stop = reported.revoked().get(member)
                    .plus(new WorkSet(connectorMoves.revoked().get(member), taskMoves.revoked().get(member)));
            replies.put(member, new WorkerAssignment(WorkerAssignment.NO_ERROR, leaderId, leaderUrl,
                    leaderConfigOffset, new ArrayList<>(start.connectors()), new ArrayList<>(start.tasks()),
                    new ArrayList<>(stop.connectors()), new ArrayList<>(stop.tasks()), delay));
            holdings.put(member, reported.kept().get(member).minus(stop).plus(start));
        }
        remember(leaderId, present, holdings);
        return Collections.unmodifiableSortedMap(replies);
    }

    /** Memory from another leader's era would misattribute work; see the class comment. */
    private boolean memoryIsStale(String leaderId, SortedMap<String, WorkerMetadata> present) {
        if (!Objects.equals(lastLeaderId, leaderId)) {
            return true;
        }
        return present.values().stream()
                .map(WorkerMetadata::previous)
                .anyMatch(previous -> previous != null && previous.leader() != null
                        && !previous.leader().equals(leaderId));
    }

    private void forget() {
        lastHoldings = new TreeMap<>();
        lastUrls = new HashMap<>();
        departed.releaseAll();
    }

    private void remember(String leaderId, SortedMap<String, WorkerMetadata> present,
                          SortedMap<String, WorkSet> holdings) {
        lastLeaderId = leaderId;
        lastHoldings = holdings;
        lastUrls = new HashMap<>();
        present.forEach((member, metadata) -> lastUrls.put(member, metadata.url()));
    }

    private static <T extends Comparable<T>> SortedMap<String, SortedSet<T>> byMember(
            SortedMap<String, WorkSet> work, Function<WorkSet, SortedSet<T>> kind) {
        SortedMap<String, SortedSet<T>> result = new TreeMap<>();
        work.forEach((member, set) -> result.put(member, kind.apply(set)));
        return result;
    }
}
