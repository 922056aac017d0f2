/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit.process;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

/**
 * Ties a child JVM's life to its parent's: the parent holds the write end of the child's stdin, and when that
 * closes (the parent exited or was killed) the child shuts down, so no test run leaves a server behind.
 */
final class ParentWatch {

    /** Long enough for a clean shutdown of a lone server, short enough not to linger once the parent is gone. */
    private static final long ORPHAN_SHUTDOWN_GRACE_SECONDS = 10;

    private ParentWatch() {
    }

    /** Starts a daemon thread that shuts the JVM down once nothing can write to {@code stdin} any more. */
    static void exitWhenStdinCloses(InputStream stdin, String what) {
        Thread watcher = new Thread(() -> {
            drain(stdin);
            System.err.println("Parent process is gone; shutting the " + what + " down");
            haltAfterGracePeriod();
            System.exit(0);
        }, "sluice-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void drain(InputStream stdin) {
        byte[] buffer = new byte[256];
        try {
            while (stdin.read(buffer) >= 0) {
                // The parent never writes; anything it might send is ignored.
            }
        } catch (IOException e) {
            // A broken pipe means the same as end of stream: the parent is gone.
        }
    }

    /** A clean shutdown can block on peers that died with the parent; do not let it hang forever. */
    private static void haltAfterGracePeriod() {
        Thread halter = new Thread(() -> {
            try {
                TimeUnit.SECONDS.sleep(ORPHAN_SHUTDOWN_GRACE_SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(1);
        }, "sluice-orphan-halt");
        halter.setDaemon(true);
        halter.start();
    }
}
