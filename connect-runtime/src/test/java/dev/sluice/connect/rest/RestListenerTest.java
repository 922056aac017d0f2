/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

/** Parsing the {@code listeners} URLs. */
class RestListenerTest {

    @Test
    void emptyHostMeansAllInterfaces() {
        RestListener listener = RestListener.parse("http://:8083");
        assertEquals(new RestListener("http", null, 8083), listener);
        assertTrue(listener.allInterfaces());
    }

    @Test
    void hostAndPortAreKeptAndProtocolIsLowerCased() {
        assertEquals(new RestListener("http", "localhost", 8080), RestListener.parse("HTTP://localhost:8080"));
        assertEquals(new RestListener("https", "[::1]", 8443), RestListener.parse("https://[::1]:8443"));
        assertEquals(new RestListener("http", "0.0.0.0", 0), RestListener.parse(" http://0.0.0.0:0 "));
    }

    @Test
    void aListenerWithoutPortIsRejected() {
        ConfigException e = assertThrows(ConfigException.class, () -> RestListener.parse("http://localhost"));
        assertEquals("Listener doesn't have the right format (protocol://hostname:port).", e.getMessage());
    }

    @Test
    void anUnknownProtocolIsRejected() {
        ConfigException e = assertThrows(ConfigException.class, () -> RestListener.parse("ftp://localhost:21"));
        assertTrue(e.getMessage().contains("ftp"), e.getMessage());
    }
}
