/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * The standalone herder: one process, no cluster. Connector configs come from files on the command line or from
 * REST and live only in memory (a restart forgets REST changes, as Apache's standalone mode does); only source
 * offsets survive, in the worker's offset file. All state changes run on the herder's single thread.
 */
package dev.sluice.connect.herder.standalone;
