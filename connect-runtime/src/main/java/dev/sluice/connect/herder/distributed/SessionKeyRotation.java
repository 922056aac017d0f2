/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import dev.sluice.connect.domain.SessionKey;
import dev.sluice.connect.storage.ConfigStore;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The leader's duty to keep a current session key in the config topic (KIP-507): one is written when there is
 * none and a new one when the current one is older than {@code inter.worker.key.ttl.ms}. Every worker signs and
 * verifies internal requests with the key it last read.
 */
public final class SessionKeyRotation {

    private static final Logger log = LoggerFactory.getLogger(SessionKeyRotation.class);

    private final String algorithm;
    private final Integer keySize;
    private final long ttlMs;
    private final LongSupplier clock;

    /**
     * @param algorithm {@code inter.worker.key.generation.algorithm}
     * @param keySize   {@code inter.worker.key.size}, or null for the algorithm's default
     * @param ttlMs     {@code inter.worker.key.ttl.ms}
     */
    public SessionKeyRotation(String algorithm, Integer keySize, long ttlMs, LongSupplier clock) {
        this.algorithm = algorithm;
        this.keySize = keySize;
        this.ttlMs = ttlMs;
        this.clock = clock;
    }

    /** Writes a new key when {@code current} is missing or expired; call on the leader only. */
    void maintain(SessionKey current, ConfigStore store) {
        long now = clock.getAsLong();
        if (current != null && current.creationTimestamp() + ttlMs > now) {
            return;
        }
        log.info(current == null ? "Writing the cluster's first session key" : "Rotating the session key");
        store.putSessionKey(new SessionKey(generate(), now));
        try {
            // Read it back before the next check, which would otherwise still see the old key and write again.
            store.refresh(Duration.ofSeconds(30));
        } catch (TimeoutException e) {
            log.warn("Could not read back the new session key in time");
        }
    }

    /** Milliseconds until {@code current} expires; 0 when it already has or there is none. */
    long untilExpiry(SessionKey current) {
        return current == null ? 0 : Math.max(0, current.creationTimestamp() + ttlMs - clock.getAsLong());
    }

    private SecretKey generate() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance(algorithm);
            if (keySize != null) {
                generator.init(keySize);
            }
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new ConnectException("Cannot generate a session key with " + algorithm, e);
        }
    }
}
