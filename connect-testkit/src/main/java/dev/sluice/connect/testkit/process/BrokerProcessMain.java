/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;

/**
 * Entry point of a broker's child JVM. It ties the broker's life to the parent's: the parent holds the write end
 * of this process's stdin, and when that closes (the parent exited or was killed) the broker exits too, so no
 * test run leaves a broker behind. It then formats the KRaft storage if asked to, and runs Kafka's own main.
 *
 * <p>Arguments: {@code [--format CLUSTER_ID] SERVER_PROPERTIES}. Kafka is reached by reflection because the
 * broker's jars exist only on this JVM's classpath, never on the classpath the test kit is compiled against by
 * its users.
 */
public final class BrokerProcessMain {

    /** Long enough for a clean shutdown of a lone broker, short enough not to linger once the parent is gone. */
    private static final long ORPHAN_SHUTDOWN_GRACE_SECONDS = 10;

    private BrokerProcessMain() {
    }

    public static void main(String[] args) throws Throwable {
        String clusterIdToFormat = null;
        String serverProperties;
        if (args.length == 3 && args[0].equals("--format")) {
            clusterIdToFormat = args[1];
            serverProperties = args[2];
        } else if (args.length == 1) {
            serverProperties = args[0];
        } else {
            System.err.println("usage: BrokerProcessMain [--format CLUSTER_ID] SERVER_PROPERTIES");
            System.exit(2);
            return;
        }

        exitWhenStdinCloses(System.in);
        if (clusterIdToFormat != null) {
            formatStorage(serverProperties, clusterIdToFormat);
        }
        invokeStatic("kafka.Kafka", "main", new Class<?>[] {String[].class},
                (Object) new String[] {serverProperties});
    }

    private static void formatStorage(String serverProperties, String clusterId) throws Throwable {
        String[] formatArgs = {"format", "--config", serverProperties, "--cluster-id", clusterId};
        Object exitCode = invokeStatic("kafka.tools.StorageTool", "execute",
                new Class<?>[] {String[].class, PrintStream.class}, formatArgs, System.out);
        if (!Integer.valueOf(0).equals(exitCode)) {
            System.err.println("Formatting the KRaft storage failed with exit code " + exitCode);
            System.exit(1);
        }
    }

    /** Starts a daemon thread that shuts the JVM down once nothing can write to our stdin any more. */
    static void exitWhenStdinCloses(InputStream stdin) {
        Thread watcher = new Thread(() -> {
            drain(stdin);
            System.err.println("Parent process is gone; shutting the broker down");
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

    private static Object invokeStatic(String className, String methodName, Class<?>[] types, Object... args)
            throws Throwable {
        Method method = Class.forName(className).getMethod(methodName, types);
        try {
            return method.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
