/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standalone worker's offset store ({@code offset.storage.file.filename}): the whole map lives in memory and the
 * file is rewritten on every write, in Apache Kafka Connect 4.3.1's format, so either worker can take over the
 * other's file. See {@code docs/standalone-offsets.md}.
 */
public class FileOffsetStore extends MemoryOffsetStore {

    private static final Logger log = LoggerFactory.getLogger(FileOffsetStore.class);

    private final Path file;

    /** Creates a store backed by the given file, which need not exist yet. */
    public FileOffsetStore(Path file) {
        super("sluice-file-offset-store");
        this.file = file;
    }

    /** The backing file. */
    public Path file() {
        return file;
    }

    /**
     * Loads the file.
     *
     * @throws ConnectException when the file exists but cannot be read as an offsets file
     */
    @Override
    public synchronized void start() {
        log.info("Starting the file offset store with file {}", file);
        super.start();
    }

    @Override
    public synchronized void stop() {
        super.stop();
        log.info("Stopped the file offset store with file {}", file);
    }

    @Override
    protected Map<ByteBuffer, ByteBuffer> load() {
        try {
            return OffsetFile.read(file);
        } catch (Exception e) {
            throw new ConnectException("Could not read the offsets file " + file + ": " + e, e);
        }
    }

    @Override
    protected void persist(Map<ByteBuffer, ByteBuffer> content) throws Exception {
        try {
            OffsetFile.write(file, content);
        } catch (Exception e) {
            log.error("Could not write the offsets file {}", file, e);
            throw new ConnectException("Could not write the offsets file " + file, e);
        }
    }
}
