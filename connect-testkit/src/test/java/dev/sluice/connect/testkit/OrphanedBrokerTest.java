/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A test JVM that dies without closing its cluster must not leave a broker running. */
@Tag("slow")
class OrphanedBrokerTest {

    @Test
    void brokerExitsWhenTheJvmThatStartedItIsKilled() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process host = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                BrokerHostMain.class.getName())
                .redirectErrorStream(true)
                .start();
        String pidLine = null;
        String directoryLine = null;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(host.getInputStream(), StandardCharsets.UTF_8))) {
            // The host prints the directory last and then stays silent, so stop reading there.
            while (directoryLine == null) {
                String line = out.readLine();
                if (line == null) {
                    break;
                }
                if (line.startsWith(BrokerHostMain.PID_PREFIX)) {
                    pidLine = line;
                } else if (line.startsWith(BrokerHostMain.DIRECTORY_PREFIX)) {
                    directoryLine = line;
                }
            }
            assertNotNull(pidLine, "the host JVM did not report a broker");
            assertNotNull(directoryLine, "the host JVM did not report its cluster directory");
            long brokerPid = Long.parseLong(pidLine.substring(BrokerHostMain.PID_PREFIX.length()));
            ProcessHandle broker = ProcessHandle.of(brokerPid).orElseThrow();

            host.destroyForcibly();
            host.waitFor(30, TimeUnit.SECONDS);

            CompletableFuture<ProcessHandle> brokerExit = broker.onExit();
            brokerExit.get(30, TimeUnit.SECONDS);
            assertFalse(broker.isAlive());
        } finally {
            host.destroyForcibly();
            if (directoryLine != null) {
                ClusterDirectories.deleteRecursively(
                        Path.of(directoryLine.substring(BrokerHostMain.DIRECTORY_PREFIX.length())));
            }
        }
    }

    /** Runs in the JVM that the test kills: starts a broker, reports it, and waits to be killed. */
    public static final class BrokerHostMain {
        static final String PID_PREFIX = "broker-pid=";
        static final String DIRECTORY_PREFIX = "cluster-directory=";

        public static void main(String[] args) throws InterruptedException {
            KafkaCluster cluster = KafkaCluster.startSingleBroker();
            System.out.println(PID_PREFIX + cluster.broker(0).pid().orElseThrow());
            System.out.println(DIRECTORY_PREFIX + cluster.directory());
            System.out.flush();
            new CountDownLatch(1).await();
        }
    }
}
