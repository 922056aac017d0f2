/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

/** Placeholder for the distributed worker: it fails clearly rather than pretending to run. */
public final class ConnectDistributed {

    static final String NOT_AVAILABLE = "distributed mode is not available yet in this build";

    private ConnectDistributed() {
    }

    public static void main(String[] args) {
        System.err.println(NOT_AVAILABLE);
        System.exit(1);
    }
}
