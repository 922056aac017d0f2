/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import dev.sluice.connect.domain.SessionKey;
import dev.sluice.connect.herder.NotLeaderException;
import dev.sluice.connect.herder.NotOwnerException;
import dev.sluice.connect.herder.RequestSignature;
import dev.sluice.connect.herder.RequestSigning;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a {@link FakeHerder} stands in a cluster. By default it is the leader and runs everything; tests make it a
 * follower that names the leader, a worker that does not run the connectors (plain restarts go elsewhere), or a
 * leader that checks signatures on task configs.
 */
final class FakeClusterRole {

    private volatile boolean leader = true;
    private volatile String leaderUrl;
    private volatile String ownerUrl;
    private volatile RequestSigning signing;
    private volatile SessionKey sessionKey;
    private final Map<String, List<Map<String, String>>> storedTaskConfigs = new ConcurrentHashMap<>();

    /** Follower of the worker at {@code url}; null while the group has no leader. */
    void followerOf(String url) {
        leader = false;
        leaderUrl = url;
    }

    /** Connectors and tasks run on the worker at {@code url}. */
    void runsNothingOwnedBy(String url) {
        ownerUrl = url;
    }

    /** Task configs must be signed with {@code key} as {@code requestSigning} checks. */
    void verifySignaturesWith(RequestSigning requestSigning, SessionKey key) {
        signing = requestSigning;
        sessionKey = key;
    }

    void requireLeader() {
        if (!leader) {
            throw new NotLeaderException("Cannot complete request because this worker is not the leader", leaderUrl);
        }
    }

    void requireOwner() {
        if (ownerUrl != null) {
            throw new NotOwnerException("The connector or task runs on another worker", ownerUrl);
        }
    }

    /** As a leader checks task configs another worker sent: the signature (when asked to), then the role. */
    void acceptTaskConfigs(RequestSignature signature) {
        if (signing != null) {
            signing.verify(sessionKey, signature);
        }
        requireLeader();
    }

    void storeTaskConfigs(String connector, List<Map<String, String>> configs) {
        storedTaskConfigs.put(connector, List.copyOf(configs));
    }

    /** The task configs stored for {@code connector}, or null. */
    List<Map<String, String>> storedTaskConfigs(String connector) {
        return storedTaskConfigs.get(connector);
    }
}
