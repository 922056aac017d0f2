/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import java.util.Locale;

/**
 * The worker's {@code exactly.once.source.support} (KIP-618). A running cluster moves from DISABLED to ENABLED
 * through PREPARING, one rolling restart each, so that no worker runs exactly-once tasks while another still starts
 * tasks without fencing their predecessors.
 */
public enum ExactlyOnceSourceSupport {
    /** Source tasks produce without transactions. */
    DISABLED,
    /** Source tasks still produce without transactions; the worker already takes part in the cluster's fencing. */
    PREPARING,
    /** Source tasks produce in transactions and start only after the leader fenced out their predecessors. */
    ENABLED;

    /** The value of the setting, case-insensitively. */
    public static ExactlyOnceSourceSupport fromProperty(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    /** Whether source tasks use transactional producers. */
    public boolean tasksUseTransactions() {
        return this == ENABLED;
    }
}
