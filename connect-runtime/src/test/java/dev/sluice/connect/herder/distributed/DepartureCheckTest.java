/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A departed worker's work need not wait for it when it stopped cleanly or its process is gone. */
class DepartureCheckTest {

    private static String url(int port) {
        return "http://127.0.0.1:" + port + "/";
    }

    @Test
    void aWorkerThatStoppedCleanlyIsGone() throws Exception {
        List<String> asked = new ArrayList<>();
        try (ServerSocket stillListening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = stillListening.getLocalPort();
            assertTrue(new DepartureCheck(id -> asked.add(id)).test(url(port)));
            assertEquals(List.of("127.0.0.1:" + port), asked);
        }
    }

    @Test
    void aWorkerWhoseRestPortRefusesConnectionsIsGone() throws Exception {
        int freed;
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            freed = socket.getLocalPort();
        }
        assertTrue(new DepartureCheck(id -> false).test(url(freed)));
    }

    @Test
    void aWorkerThatStillAnswersMayComeBack() throws Exception {
        try (ServerSocket listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertFalse(new DepartureCheck(id -> false).test(url(listening.getLocalPort())));
        }
    }
}
