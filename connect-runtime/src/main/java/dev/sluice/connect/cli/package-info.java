/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * Command-line entry points. {@link dev.sluice.connect.cli.ConnectStandalone} wires a standalone worker (plugins,
 * offset file, worker, herder, REST server) from a worker properties file and optional connector files;
 * {@link dev.sluice.connect.cli.ConnectDistributed} is a placeholder until distributed mode exists.
 */
package dev.sluice.connect.cli;
