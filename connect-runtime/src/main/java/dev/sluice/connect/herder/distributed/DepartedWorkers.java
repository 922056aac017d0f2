/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Workers that left the group with work the leader holds back for {@code scheduled.rebalance.max.delay.ms}, each
 * with the time its grace period ends. Mutable; owned by one {@link IncrementalCooperativeAssignor}.
 */
final class DepartedWorkers {

    /**
     * @param url      the departed worker's REST URL, to recognise it if it rejoins under a new member id
     * @param work     what it held when it left
     * @param deadline when its work is handed to others (clock millis)
     */
    record Departure(String url, WorkSet work, long deadline) {
    }

    private final SortedMap<String, Departure> pending = new TreeMap<>();

    /** Starts the grace period of a worker that left holding work, unless it is already running. */
    void depart(String memberId, String url, WorkSet work, long deadline) {
        if (!work.isEmpty()) {
            pending.putIfAbsent(memberId, new Departure(url, work, deadline));
        }
    }

    /**
     * Narrows what is held back to work that still exists and nobody present runs; a departure left with nothing
     * to hold back ends, so no rebalance is scheduled for it.
     */
    void narrow(WorkSet desired, WorkSet claimed) {
        pending.replaceAll((member, d) -> new Departure(d.url(), d.work().retainedIn(desired).minus(claimed),
                d.deadline()));
        pending.values().removeIf(departure -> departure.work().isEmpty());
    }

    /**
     * The departure a present member comes back from, removed from the pending ones: the same member id, or, for
     * a member the leader did not know last round, the same URL (a restarted worker gets a new member id).
     */
    Optional<Departure> comeBack(String memberId, String url, boolean newMember) {
        Departure same = pending.remove(memberId);
        if (same != null || !newMember) {
            return Optional.ofNullable(same);
        }
        for (Iterator<Map.Entry<String, Departure>> it = pending.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Departure> entry = it.next();
            if (url != null && Objects.equals(entry.getValue().url(), url)) {
                it.remove();
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Ends every grace period now. */
    void releaseAll() {
        pending.clear();
    }

    /** Ends the grace periods that are over at {@code now}. */
    void releaseExpired(long now) {
        pending.values().removeIf(departure -> departure.deadline() <= now);
    }

    /** Work still held back for departed workers. */
    WorkSet heldBack() {
        WorkSet all = WorkSet.EMPTY;
        for (Departure departure : pending.values()) {
            all = all.plus(departure.work());
        }
        return all;
    }

    /** Milliseconds until the first pending grace period ends; 0 when none is pending. */
    long remaining(long now) {
        return pending.values().stream().mapToLong(d -> Math.max(0, d.deadline() - now)).min().orElse(0);
    }
}
