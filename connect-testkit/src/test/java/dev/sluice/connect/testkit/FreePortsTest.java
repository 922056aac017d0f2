/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void picksDistinctPortsThatCanBeBoundOnLoopback() throws Exception {
        List<Integer> ports = FreePorts.pick(6);

        assertEquals(6, new HashSet<>(ports).size());
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
                assertEquals(port, socket.getLocalPort());
            }
        }
    }
}
