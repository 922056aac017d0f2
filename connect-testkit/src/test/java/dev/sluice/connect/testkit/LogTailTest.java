/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path tmp;

    @Test
    void keepsOnlyTheLastLines() throws Exception {
        Path log = tmp.resolve("server.log");
        Files.writeString(log, IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i)
                .collect(Collectors.joining("\n", "", "\n")));

        assertEquals("line 98\nline 99\nline 100", LogTail.of(log, 3));
    }

    @Test
    void shortFileIsReturnedWhole() throws Exception {
        Path log = tmp.resolve("server.log");
        Files.writeString(log, "only\r\ntwo lines\r\n");

        assertEquals("only\ntwo lines", LogTail.of(log, 10));
    }

    @Test
    void missingFileIsNamedInsteadOfFailing() {
        String tail = LogTail.of(tmp.resolve("absent.log"), 5);

        assertTrue(tail.contains("absent.log") && tail.contains("does not exist"), tail);
    }
}
