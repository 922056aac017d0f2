/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaMainTest {

    @Test
    void defaultsToDataKafkaUnderTheWorkingDirectoryOnPort9092() {
        EmbeddedKafkaMain.Options options = EmbeddedKafkaMain.parse(new String[0]);

        assertEquals(Path.of("data", "kafka").toAbsolutePath(), options.dataDirectory());
        assertEquals(9092, options.port());
    }

    @Test
    void readsDataDirectoryAndPort() {
        EmbeddedKafkaMain.Options options =
                EmbeddedKafkaMain.parse(new String[] {"--data-dir", "/var/tmp/k", "--port", "19092"});

        assertEquals(Path.of("/var/tmp/k").toAbsolutePath(), options.dataDirectory());
        assertEquals(19092, options.port());
    }

    @Test
    void helpIsNotAnError() {
        assertNull(EmbeddedKafkaMain.parse(new String[] {"--help"}));
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> EmbeddedKafkaMain.parse(new String[] {"--port"}));
        assertThrows(IllegalArgumentException.class, () -> EmbeddedKafkaMain.parse(new String[] {"--port", "x"}));
        assertThrows(IllegalArgumentException.class, () -> EmbeddedKafkaMain.parse(new String[] {"--port", "0"}));
        assertThrows(IllegalArgumentException.class, () -> EmbeddedKafkaMain.parse(new String[] {"--verbose"}));
    }
}
