/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The build names itself: the project's version (x.y.z...) and the Git commit it was built from. */
class SluiceBuildTest {

    @Test
    void theCommitIsTheCheckoutsHeadAndTheVersionTheProjects() throws Exception {
        SluiceBuild build = SluiceBuild.current();
        assertTrue(build.version().matches("\\d+\\.\\d+\\.\\d+.*"), build.version());
        String head = gitHead();
        if (head == null) {
            // Built from a source archive: nothing to name.
            assertEquals(SluiceBuild.UNKNOWN, build.commit());
        } else {
            assertTrue(build.commit().matches("[0-9a-f]{16}"), build.commit());
            assertEquals(head.substring(0, 16), build.commit());
        }
    }

    private static String gitHead() throws IOException, InterruptedException {
        Process git;
        try {
            git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
        } catch (IOException e) {
            return null;
        }
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : null;
    }
}
