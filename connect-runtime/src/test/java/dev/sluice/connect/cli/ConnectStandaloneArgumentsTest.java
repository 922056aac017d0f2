/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the command line accepts before anything is started. */
class ConnectStandaloneArgumentsTest {

    @Test
    void aWorkerFileIsRequired() {
        assertFalse(ConnectStandalone.argumentsValid(new String[0]));
    }

    @Test
    void helpFlagsPrintUsageInsteadOfBeingReadAsAWorkerFile() {
        assertFalse(ConnectStandalone.argumentsValid(new String[] {"--help"}));
        assertFalse(ConnectStandalone.argumentsValid(new String[] {"-h"}));
    }

    @Test
    void workerFileWithConnectorFilesIsAccepted() {
        assertTrue(ConnectStandalone.argumentsValid(new String[] {"worker.properties", "a.json", "b.properties"}));
    }

    @Test
    void usageNamesTheWorkerAndConnectorFiles() {
        assertTrue(ConnectStandalone.USAGE.startsWith("Usage: ConnectStandalone worker.properties"));
    }

    @Test
    void distributedUsageNamesOnlyTheWorkerFile() {
        assertEquals("Usage: ConnectDistributed worker.properties", ConnectDistributed.USAGE);
    }
}
