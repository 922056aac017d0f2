/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.file;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Tails a text file (or stdin) and emits one string record per line. The file is opened lazily so it may appear
 * after the task starts; a stored position is honoured by skipping that many bytes, and new positions are counted
 * in chars, which is the same thing for ASCII text.
 */
public class FileStreamSourceTask extends SourceTask {
    private static final Logger log = LoggerFactory.getLogger(FileStreamSourceTask.class);
    public static final String FILENAME_FIELD = "filename";
    public static final String POSITION_FIELD = "position";
    private static final Schema VALUE_SCHEMA = Schema.STRING_SCHEMA;
    private static final long IDLE_WAIT_MS = 1000L;
    // Small at first: a worker may run hundreds of tasks over files that rarely change. The buffer grows to
    // STREAMING_BUFFER_CHARS while reads keep filling it.
    private static final int DEFAULT_BUFFER_CHARS = 1024;
    private static final int STREAMING_BUFFER_CHARS = 64 * 1024;

    private final int initialBufferSize;
    private final Object idleLock = new Object();
    private volatile boolean stopped;

    private String filename;
    private String topic;
    private int batchSize;
    private Map<String, String> sourcePartition;
    private InputStream stream;
    private Reader reader;
    private LineBuffer lines;
    private Long streamOffset;   // null for stdin, whose position cannot be replayed
    private long bytesToSkip;

    public FileStreamSourceTask() {
        this(DEFAULT_BUFFER_CHARS);
    }

    FileStreamSourceTask(int initialBufferSize) {
        this.initialBufferSize = initialBufferSize;
        this.lines = new LineBuffer(initialBufferSize, STREAMING_BUFFER_CHARS);
    }

    @Override
    public String version() {
        return AppInfoParser.getVersion();
    }

    @Override
    public void start(Map<String, String> props) {
        AbstractConfig config = new AbstractConfig(FileStreamSourceConnector.CONFIG_DEF, props);
        filename = config.getString(FileStreamSourceConnector.FILE_CONFIG);
        topic = config.getString(FileStreamSourceConnector.TOPIC_CONFIG);
        batchSize = config.getInt(FileStreamSourceConnector.TASK_BATCH_SIZE_CONFIG);
        sourcePartition = Collections.singletonMap(FILENAME_FIELD, filename);
        lines = new LineBuffer(initialBufferSize, STREAMING_BUFFER_CHARS);
        stream = null;
        reader = null;
        streamOffset = null;
        bytesToSkip = 0;
        stopped = false;
    }

    /**
     * Returns up to {@code batch.size} lines (at least one when any is complete). When nothing new is available it
     * waits about a second, or until {@link #stop} is called, and returns null.
     */
    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        if (stopped) {
            return null;
        }
        try {
            if (stream == null && !openStream()) {
                idle();
                return null;
            }
            if (bytesToSkip > 0 && !skipToStoredPosition()) {
                idle();
                return null;
            }
            List<SourceRecord> records = drainLines(null);
            boolean readAny = false;
            while (!isFull(records) && reader.ready()) {
                int read = lines.fill(reader);
                if (read < 0) {
                    break;
                }
                readAny |= read > 0;
                records = drainLines(records);
            }
            if (records == null && !readAny) {
                idle();
            }
            return records;
        } catch (IOException e) {
            if (!stopped) {
                log.error("Error while reading from {}", logFilename(), e);
                idle();
            }
            return null;
        }
    }

    @Override
    public void stop() {
        stopped = true;
        synchronized (idleLock) {
            idleLock.notifyAll();
        }
        InputStream current = stream;
        if (current != null && current != System.in) {
            try {
                current.close();
            } catch (IOException e) {
                log.error("Failed to close {}", logFilename(), e);
            }
        }
    }

    int bufferSize() {
        return lines.capacity();
    }

    private boolean openStream() {
        if (filename == null || filename.isEmpty()) {
            stream = System.in;
            reader = new InputStreamReader(stream, StandardCharsets.UTF_8);
            streamOffset = null;
            return true;
        }
        InputStream opened;
        try {
            opened = Files.newInputStream(Paths.get(filename));
        } catch (NoSuchFileException e) {
            log.warn("Couldn't find file {} for FileStreamSourceTask, sleeping to wait for it to be created", filename);
            return false;
        } catch (IOException | InvalidPathException e) {
            log.error("Couldn't open file {} for FileStreamSourceTask, will retry", filename, e);
            return false;
        }
        long position = 0L;
        Map<String, Object> offset = context.offsetStorageReader().offset(sourcePartition);
        Object stored = offset == null ? null : offset.get(POSITION_FIELD);
        if (stored != null) {
            if (!(stored instanceof Long)) {
                closeQuietly(opened);
                throw new ConnectException("Offset position is the incorrect type");
            }
            position = (Long) stored;
            log.debug("Found previous offset, trying to skip to file offset {}", position);
        }
        stream = opened;
        reader = new InputStreamReader(opened, StandardCharsets.UTF_8);
        streamOffset = position;
        bytesToSkip = Math.max(0L, position);
        return true;
    }

    /** Skips what is available; a file shorter than the stored position is waited for, not read from the start. */
    private boolean skipToStoredPosition() throws IOException {
        while (bytesToSkip > 0) {
            long skipped = stream.skip(bytesToSkip);
            if (skipped <= 0) {
                return false;
            }
            bytesToSkip -= skipped;
        }
        return true;
    }

    private List<SourceRecord> drainLines(List<SourceRecord> records) {
        while (!isFull(records)) {
            String line = lines.nextLine();
            if (line == null) {
                break;
            }
            if (records == null) {
                records = new ArrayList<>(Math.max(1, Math.min(batchSize, 1024)));
            }
            Long position = null;
            if (streamOffset != null) {
                streamOffset = streamOffset + lines.lastLength();
                position = streamOffset;
            }
            records.add(new SourceRecord(sourcePartition, Collections.singletonMap(POSITION_FIELD, position), topic,
                null, null, null, VALUE_SCHEMA, line, System.currentTimeMillis()));
        }
        return records;
    }

    private boolean isFull(List<SourceRecord> records) {
        return records != null && records.size() >= batchSize;
    }

    private void idle() throws InterruptedException {
        synchronized (idleLock) {
            if (!stopped) {
                idleLock.wait(IDLE_WAIT_MS);
            }
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            log.debug("Ignoring failure to close an input stream", e);
        }
    }

    private String logFilename() {
        return filename == null || filename.isEmpty() ? "stdin" : filename;
    }
}
