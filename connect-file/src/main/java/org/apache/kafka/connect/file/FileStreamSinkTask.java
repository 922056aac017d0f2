/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.file;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Map;

/**
 * Writes each record's value, as text, on its own line. The lines of one {@link #put} are buffered and pushed out
 * together when it returns, so they show up in the file at once (a few system calls per batch, not one per line as
 * an unbuffered stream makes); {@link #flush}, which the worker calls before committing offsets, pushes out the rest,
 * so committed records are always in the file.
 */
public class FileStreamSinkTask extends SinkTask {
    private static final Logger log = LoggerFactory.getLogger(FileStreamSinkTask.class);
    private static final int FILE_BUFFER_BYTES = 64 * 1024;

    private String filename;
    private PrintStream outputStream;
    private boolean ownsStream;

    public FileStreamSinkTask() {
    }

    /** Writes to the given stream whenever no {@code file} is configured (useful for tests). */
    public FileStreamSinkTask(PrintStream outputStream) {
        this.outputStream = outputStream;
    }

    @Override
    public String version() {
        return AppInfoParser.getVersion();
    }

    @Override
    public void start(Map<String, String> props) {
        filename = new AbstractConfig(FileStreamSinkConnector.CONFIG_DEF, props)
            .getString(FileStreamSinkConnector.FILE_CONFIG);
        if (filename == null || filename.isEmpty()) {
            if (outputStream == null) {
                outputStream = System.out;
            }
            ownsStream = false;
            return;
        }
        try {
            // Appending keeps what earlier runs wrote; the caller's stream (if any) is not used for files.
            outputStream = new PrintStream(new BufferedOutputStream(Files.newOutputStream(Paths.get(filename),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND), FILE_BUFFER_BYTES),
                false, StandardCharsets.UTF_8);
            ownsStream = true;
        } catch (IOException | RuntimeException e) {
            throw new ConnectException("Couldn't find or create file '" + filename + "' for FileStreamSinkTask", e);
        }
    }

    @Override
    public void put(Collection<SinkRecord> sinkRecords) {
        for (SinkRecord record : sinkRecords) {
            outputStream.println(record.value());
        }
        outputStream.flush();
    }

    @Override
    public void flush(Map<TopicPartition, OffsetAndMetadata> offsets) {
        log.trace("Flushing output stream for {}", logFilename());
        outputStream.flush();
    }

    /** Closes only a file we opened ourselves; stdout or a caller-supplied stream stays usable. */
    @Override
    public void stop() {
        if (outputStream != null && ownsStream) {
            outputStream.close();
        }
    }

    private String logFilename() {
        return filename == null || filename.isEmpty() ? "stdout" : filename;
    }
}
