/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.domain;

import java.util.Objects;
import javax.crypto.SecretKey;

/**
 * The key the leader of a distributed cluster generates to sign requests that workers forward to each other (task
 * configs, fencing), and when it generated it, so that workers know when it is due for rotation.
 *
 * @param key               the secret key; its algorithm is the signing algorithm, e.g. {@code HmacSHA256}
 * @param creationTimestamp milliseconds since the epoch when the leader created it
 */
public record SessionKey(SecretKey key, long creationTimestamp) {

    public SessionKey {
        Objects.requireNonNull(key, "key");
    }

    /** Never prints the key material. */
    @Override
    public String toString() {
        return "SessionKey[algorithm=" + key.getAlgorithm() + ", creationTimestamp=" + creationTimestamp + "]";
    }
}
