/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import java.nio.charset.StandardCharsets;

/**
 * One record of the config or status topic as it goes over the wire: a string key (written UTF-8, as Apache's
 * {@code StringSerializer} does) and JSON value bytes, {@code null} for a tombstone.
 */
public record EncodedRecord(String key, byte[] value) {

    /** The key as the journal appends it. */
    public byte[] keyBytes() {
        return key.getBytes(StandardCharsets.UTF_8);
    }

    /** The value as UTF-8 text, {@code null} for a tombstone; for logs and tests. */
    public String valueText() {
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return key + " " + valueText();
    }
}
