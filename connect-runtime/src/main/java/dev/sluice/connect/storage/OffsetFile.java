/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes the standalone offsets file in Apache Kafka Connect's format: one Java-serialized
 * {@code java.util.HashMap} from {@code byte[]} keys to {@code byte[]} values.
 *
 * <p>Java deserialization of an arbitrary file is dangerous, so reading goes through a filter that admits only the
 * map, its entry table and byte arrays, with small depth and reference limits; anything else fails the read.
 * Writing replaces the file atomically (temporary sibling, fsync, rename), so a crash leaves either the old or the
 * new content, never a torn file.
 */
final class OffsetFile {

    /** Suffix of the temporary sibling; never read, so a leftover from a crash is harmless. */
    static final String TEMP_SUFFIX = ".sluice-tmp";

    private static final ObjectInputFilter ONLY_BYTE_MAPS = OffsetFile::check;

    private OffsetFile() {
    }

    /** Loads the file; a missing or empty file is an empty map, null values are dropped (they mean "reset"). */
    static Map<ByteBuffer, ByteBuffer> read(Path file) throws IOException, ClassNotFoundException {
        Map<ByteBuffer, ByteBuffer> result = new LinkedHashMap<>();
        InputStream raw;
        try {
            raw = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            return result;
        }
        try (InputStream in = new BufferedInputStream(raw)) {
            in.mark(1);
            if (in.read() < 0) {
                return result;
            }
            in.reset();
            try (ObjectInputStream objects = new ObjectInputStream(in)) {
                objects.setObjectInputFilter(ONLY_BYTE_MAPS);
                Object top = objects.readObject();
                if (!(top instanceof HashMap<?, ?> map)) {
                    throw new InvalidClassException("offsets file does not hold a map");
                }
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!(entry.getKey() instanceof byte[] key)) {
                        throw new InvalidClassException("offsets file holds a key that is not a byte array");
                    }
                    Object value = entry.getValue();
                    if (value == null) {
                        continue;
                    }
                    if (!(value instanceof byte[] bytes)) {
                        throw new InvalidClassException("offsets file holds a value that is not a byte array");
                    }
                    result.put(ByteBuffer.wrap(key).asReadOnlyBuffer(), ByteBuffer.wrap(bytes).asReadOnlyBuffer());
                }
            }
        }
        return result;
    }

    /** Replaces the file with the given entries, durably and atomically. */
    static void write(Path file, Map<ByteBuffer, ByteBuffer> entries) throws IOException {
        HashMap<byte[], byte[]> serializable = new HashMap<>();
        entries.forEach((k, v) -> serializable.put(OffsetKeyCodec.bytes(k), OffsetKeyCodec.bytes(v)));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(buffer)) {
            out.writeObject(serializable);
        }
        Path absolute = file.toAbsolutePath();
        // A relative offset.storage.file.filename such as data/connect.offsets may name a folder not made yet.
        Files.createDirectories(absolute.getParent());
        Path temp = absolute.resolveSibling(absolute.getFileName() + TEMP_SUFFIX);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer content = ByteBuffer.wrap(buffer.toByteArray());
            while (content.hasRemaining()) {
                channel.write(content);
            }
            channel.force(true);
        }
        try {
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
        }
        syncDirectory(absolute.getParent());
    }

    // The rename is only durable once the directory entry is; not every platform lets us open a directory.
    private static void syncDirectory(Path directory) {
        if (directory == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort
        }
    }

    private static ObjectInputFilter.Status check(ObjectInputFilter.FilterInfo info) {
        if (info.depth() > 3 || info.references() > 10_000_000) {
            return ObjectInputFilter.Status.REJECTED;
        }
        Class<?> type = info.serialClass();
        if (type == null) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        if (type == HashMap.class || type == byte[].class || type == Map.Entry[].class) {
            return ObjectInputFilter.Status.ALLOWED;
        }
        return ObjectInputFilter.Status.REJECTED;
    }
}
