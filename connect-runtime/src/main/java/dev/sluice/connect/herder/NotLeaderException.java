/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import org.apache.kafka.connect.errors.ConnectException;

/** Only the leader may do this; REST forwards the request to {@link #leaderUrl()}. */
public class NotLeaderException extends ConnectException {

    private final String leaderUrl;

    public NotLeaderException(String message, String leaderUrl) {
        super(message);
        this.leaderUrl = leaderUrl;
    }

    /** The leader's advertised REST URL, or null while the group has no leader. */
    public String leaderUrl() {
        return leaderUrl;
    }
}
