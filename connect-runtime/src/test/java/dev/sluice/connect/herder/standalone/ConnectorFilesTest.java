/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connector files named on the command line, in every form a user may write them. */
class ConnectorFilesTest {

    @TempDir
    Path dir;

    @Test
    void jsonFileWithNameAndNestedConfigAddsTheNameToTheConfig() throws Exception {
        Path file = dir.resolve("a.json");
        Files.writeString(file, "{\"name\":\"a\",\"config\":{\"connector.class\":\"X\",\"tasks.max\":2}}");
        ConnectorFiles.ConnectorFile read = ConnectorFiles.read(file);
        assertEquals("a", read.name());
        assertEquals(Map.of("name", "a", "connector.class", "X", "tasks.max", "2"), read.config());
    }

    @Test
    void flatJsonMapIsTakenAsTheConfig() throws Exception {
        Path file = dir.resolve("b.json");
        Files.writeString(file, "{\"name\":\"b\",\"connector.class\":\"X\"}");
        assertEquals(Map.of("name", "b", "connector.class", "X"), ConnectorFiles.read(file).config());
    }

    @Test
    void propertiesFileIsReadAsProperties() throws Exception {
        Path file = dir.resolve("c.properties");
        Files.writeString(file, "# comment\nname=c\nconnector.class=X\n");
        assertEquals("c", ConnectorFiles.read(file).name());
    }

    @Test
    void fileWithoutAConnectorNameIsRejected() throws Exception {
        Path file = dir.resolve("d.properties");
        Files.writeString(file, "connector.class=X\n");
        assertThrows(ConnectException.class, () -> ConnectorFiles.read(file));
    }
}
