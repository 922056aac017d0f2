/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Balances one kind of work (connectors, or tasks) over the members present in a round, moving as little as
 * possible.
 *
 * <p>With {@code total} items over {@code n} members, every member ends with {@code total / n} items, and the
 * {@code total % n} members that hold the most now with one more (ties: the member with less of the other kind of
 * work, given as {@code otherLoad}, then the lower member id). A member above its
 * target gives up the excess: first work it was only about to get back (reclaimed), then work it runs, which is
 * revoked (the highest items in sort order). Revoked work is not handed out in the same round; it becomes free in
 * the next one, when the revoking member reports it no longer runs it. Free work goes one item at a time to the
 * member below its target with the fewest items (ties: lower member id).
 *
 * <p>Giving the extra slots to the members that hold the most makes the number of revocations the minimum any
 * balanced outcome needs, and makes the next round revoke nothing more.
 */
final class WorkBalancer<T extends Comparable<T>> {

    /** What changes for each member: the items it is to start and those it is to stop. */
    record Moves<T>(SortedMap<String, SortedSet<T>> assigned, SortedMap<String, SortedSet<T>> revoked) {
    }

    private final SortedMap<String, SortedSet<T>> running;
    private final SortedMap<String, SortedSet<T>> reclaimed;
    private final SortedSet<T> free;
    private final Map<String, Integer> otherLoad;

    /**
     * @param running   every present member with the items it runs and keeps (possibly none)
     * @param reclaimed items a member should get back if it has room (a departed worker returning); may omit members
     * @param free      items nobody runs, to hand out now
     * @param otherLoad how much of the other kind of work each member has, to break ties; may omit members
     */
    WorkBalancer(SortedMap<String, SortedSet<T>> running, Map<String, SortedSet<T>> reclaimed,
                 SortedSet<T> free, Map<String, Integer> otherLoad) {
        if (running.isEmpty()) {
            throw new IllegalArgumentException("No members to balance over");
        }
        this.running = new TreeMap<>();
        this.reclaimed = new TreeMap<>();
        running.forEach((member, items) -> {
            this.running.put(member, new TreeSet<>(items));
            SortedSet<T> back = reclaimed.get(member);
            this.reclaimed.put(member, back == null ? new TreeSet<>() : new TreeSet<>(back));
        });
        this.free = new TreeSet<>(free);
        this.otherLoad = Map.copyOf(otherLoad);
    }

    Moves<T> balance() {
        Map<String, Integer> targets = targets();
        SortedMap<String, SortedSet<T>> assigned = new TreeMap<>();
        SortedMap<String, SortedSet<T>> revoked = new TreeMap<>();
        Map<String, Integer> load = new HashMap<>();
        for (String member : running.keySet()) {
            SortedSet<T> keep = new TreeSet<>(running.get(member));
            SortedSet<T> back = new TreeSet<>(reclaimed.get(member));
            int excess = keep.size() + back.size() - targets.get(member);
            while (excess > 0 && !back.isEmpty()) {
                free.add(back.last());
                back.remove(back.last());
                excess--;
            }
            SortedSet<T> stop = new TreeSet<>();
            while (excess > 0) {
                stop.add(keep.last());
                keep.remove(keep.last());
                excess--;
            }
            assigned.put(member, back);
            revoked.put(member, stop);
            load.put(member, keep.size() + back.size());
        }
        for (T item : free) {
            String member = leastLoadedBelowTarget(load, targets);
            assigned.get(member).add(item);
            load.merge(member, 1, Integer::sum);
        }
        return new Moves<>(assigned, revoked);
    }

    private Map<String, Integer> targets() {
        int total = free.size();
        List<String> byLoad = new ArrayList<>(running.keySet());
        for (String member : byLoad) {
            total += running.get(member).size() + reclaimed.get(member).size();
        }
        int floor = total / byLoad.size();
        int extra = total % byLoad.size();
        Comparator<String> mostLoadedFirst = Comparator
                .comparingInt((String m) -> running.get(m).size() + reclaimed.get(m).size()).reversed()
                .thenComparing(fewerOtherFirst());
        byLoad.sort(mostLoadedFirst);
        Map<String, Integer> targets = new HashMap<>();
        for (int i = 0; i < byLoad.size(); i++) {
            targets.put(byLoad.get(i), i < extra ? floor + 1 : floor);
        }
        return targets;
    }

    private String leastLoadedBelowTarget(Map<String, Integer> load, Map<String, Integer> targets) {
        Comparator<String> leastLoadedFirst = Comparator.<String>comparingInt(load::get)
                .thenComparing(fewerOtherFirst());
        return running.keySet().stream()
                .filter(member -> load.get(member) < targets.get(member))
                .min(leastLoadedFirst)
                .orElseThrow(() -> new IllegalStateException("Targets leave no room for free work; this is a bug"));
    }

    private Comparator<String> fewerOtherFirst() {
        return Comparator.comparingInt((String m) -> otherLoad.getOrDefault(m, 0))
                .thenComparing(Comparator.naturalOrder());
    }
}
