/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * Source offset storage: {@link dev.sluice.connect.storage.SourceOffsetStore} keeps serialized offsets (key
 * {@code ["<connector>",{partition}]}, value {@code {offset}}, both JSON written by {@link
 * dev.sluice.connect.storage.OffsetKeyCodec}, byte-for-byte what Apache's worker writes); the standalone {@link
 * dev.sluice.connect.storage.FileOffsetStore} persists them in Apache 4.3.1's own file format (a Java-serialized
 * {@code HashMap<byte[],byte[]>}, read back through a filter that admits nothing else and replaced atomically on
 * every flush) so a worker can move between Apache and Sluice with the same {@code offset.storage.file.filename};
 * tasks read through {@link dev.sluice.connect.storage.ConnectorOffsetReader}, commit through {@link
 * dev.sluice.connect.storage.SourceOffsetWriter}, and the REST offsets endpoints use {@link
 * dev.sluice.connect.storage.SourceOffsetAdmin}.
 */
package dev.sluice.connect.storage;
