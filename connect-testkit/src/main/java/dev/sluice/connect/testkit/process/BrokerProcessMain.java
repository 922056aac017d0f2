/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit.process;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

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

        ParentWatch.exitWhenStdinCloses(System.in, "broker");
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
