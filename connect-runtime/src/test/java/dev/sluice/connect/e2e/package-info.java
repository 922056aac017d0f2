/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * End-to-end tests: a standalone worker runs in a child JVM against a real broker from the testkit and loads the
 * FileStream connectors (Apache's released jar or ours) only from {@code plugin.path}, so what is tested is what a
 * user gets from {@code bin/connect-standalone.sh}, including a crash of the worker process.
 */
package dev.sluice.connect.e2e;
