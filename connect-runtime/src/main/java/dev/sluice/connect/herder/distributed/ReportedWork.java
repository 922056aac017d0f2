/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import dev.sluice.connect.domain.ConnectorTaskId;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What the members present in a round actually run, reconciled from their reports: each member keeps what it
 * reports unless the work no longer exists in the snapshot (deleted connector, task count shrunk) or another
 * member reports it too. Of several members reporting the same item, the one the leader assigned it to last round
 * keeps it; when the leader does not know (first round, new leader), the lowest member id does. Everyone else is
 * told to revoke it.
 *
 * @param kept    for every present member, what it runs and may go on running
 * @param revoked for every present member, what it runs and must stop
 */
record ReportedWork(SortedMap<String, WorkSet> kept, SortedMap<String, WorkSet> revoked) {

    static ReportedWork reconcile(SortedMap<String, WorkerMetadata> members, WorkSet desired,
                                  Map<String, WorkSet> rememberedHoldings) {
        SortedMap<String, WorkSet> reports = new TreeMap<>();
        members.forEach((member, metadata) -> reports.put(member, WorkSet.reportedBy(metadata)));

        SortedMap<String, SortedSet<String>> keptConnectors = new TreeMap<>();
        SortedMap<String, SortedSet<String>> revokedConnectors = new TreeMap<>();
        split(reports, WorkSet::connectors, desired.connectors(),
                owners(rememberedHoldings, WorkSet::connectors), keptConnectors, revokedConnectors);

        SortedMap<String, SortedSet<ConnectorTaskId>> keptTasks = new TreeMap<>();
        SortedMap<String, SortedSet<ConnectorTaskId>> revokedTasks = new TreeMap<>();
        split(reports, WorkSet::tasks, desired.tasks(),
                owners(rememberedHoldings, WorkSet::tasks), keptTasks, revokedTasks);

        SortedMap<String, WorkSet> kept = new TreeMap<>();
        SortedMap<String, WorkSet> revoked = new TreeMap<>();
        for (String member : members.keySet()) {
            kept.put(member, new WorkSet(keptConnectors.get(member), keptTasks.get(member)));
            revoked.put(member, new WorkSet(revokedConnectors.get(member), revokedTasks.get(member)));
        }
        return new ReportedWork(kept, revoked);
    }

    /** Everything some present member runs and keeps; none of it may be handed to anyone else this round. */
    WorkSet claimed() {
        WorkSet all = WorkSet.EMPTY;
        for (WorkSet work : kept.values()) {
            all = all.plus(work);
        }
        return all;
    }

    private static <T extends Comparable<T>> void split(SortedMap<String, WorkSet> reports,
                                                        Function<WorkSet, SortedSet<T>> kind,
                                                        SortedSet<T> desired, Map<T, String> rememberedOwner,
                                                        SortedMap<String, SortedSet<T>> kept,
                                                        SortedMap<String, SortedSet<T>> revoked) {
        Map<T, String> keeper = new HashMap<>();
        reports.forEach((member, report) -> {
            for (T item : kind.apply(report)) {
                if (!desired.contains(item)) {
                    continue;
                }
                String current = keeper.get(item);
                if (current == null || (!current.equals(rememberedOwner.get(item))
                        && member.equals(rememberedOwner.get(item)))) {
                    keeper.put(item, member);
                }
            }
        });
        reports.forEach((member, report) -> {
            SortedSet<T> keep = new TreeSet<>();
            SortedSet<T> stop = new TreeSet<>();
            for (T item : kind.apply(report)) {
                (member.equals(keeper.get(item)) ? keep : stop).add(item);
            }
            kept.put(member, keep);
            revoked.put(member, stop);
        });
    }

    private static <T> Map<T, String> owners(Map<String, WorkSet> holdings, Function<WorkSet, SortedSet<T>> kind) {
        Map<T, String> owners = new HashMap<>();
        holdings.forEach((member, work) -> kind.apply(work).forEach(item -> owners.put(item, member)));
        return owners;
    }
}
