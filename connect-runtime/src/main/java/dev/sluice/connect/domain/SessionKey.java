/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.domain;

import javax.crypto.SecretKey;

/**
 * The key that signs requests between the workers of a cluster (KIP-507), written by the leader to the config
 * topic and rotated every {@code inter.worker.key.ttl.ms}.
 *
 * @param key               the secret key, with its algorithm (e.g. HmacSHA256)
 * @param creationTimestamp when the leader created it, epoch milliseconds
 */
public record SessionKey(SecretKey key, long creationTimestamp) {
}
