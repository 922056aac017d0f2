/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import dev.sluice.connect.domain.SessionKey;
import java.util.List;
import java.util.Map;

/**
 * Requests between the workers of one cluster: a follower sends the task configs its connectors generate to the
 * leader, and asks it for zombie fencing, signed with the session key; the leader verifies what it receives. A
 * standalone worker has no peers.
 */
public interface InternalRequests {

    /** For a worker without peers: accepts every request (none arrive) and never sends one. */
    InternalRequests NONE = new InternalRequests() {
        @Override
        public void verify(SessionKey key, RequestSignature signature) {
        }

        @Override
        public void sendTaskConfigs(String leaderUrl, String connector, List<Map<String, String>> configs,
                                    SessionKey key) {
            throw new IllegalStateException("A worker without peers has no leader to send task configs to");
        }

        @Override
        public void requestFencing(String leaderUrl, String connector, SessionKey key) {
            throw new IllegalStateException("A worker without peers has no leader to ask for zombie fencing");
        }
    };

    /**
     * Checks the signature of a request another worker sent.
     *
     * @throws BadRequestException       when it is missing or malformed
     * @throws InvalidSignatureException when it does not match the session key
     */
    void verify(SessionKey key, RequestSignature signature);

    /** Sends a connector's new task configs to the leader ({@code POST /connectors/<name>/tasks}), signed. */
    void sendTaskConfigs(String leaderUrl, String connector, List<Map<String, String>> configs, SessionKey key);

    /**
     * Asks the leader to fence out the earlier task generations of an exactly-once source connector ({@code PUT
     * /connectors/<name>/fence}, signed); returns once it did.
     */
    void requestFencing(String leaderUrl, String connector, SessionKey key);
}
