/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.source.SourceConnector;
import org.apache.kafka.connect.transforms.Cast;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The header read from a class file's bytes says what reflection says of the loaded class. */
class ClassFileHeaderTest {

    @ParameterizedTest
    @ValueSource(classes = {Object.class, Math.class, Map.Entry.class, Thread.State.class, SourceConnector.class,
            JsonConverter.class, Cast.Value.class, ClassFileHeaderTest.class})
    void nameSupertypesAndFlagsMatchTheLoadedClass(Class<?> cls) throws IOException {
        ClassFileHeader header = read(cls);
        assertEquals(cls.getName(), header.name());
        // Class files name Object as the superclass of an interface, where reflection answers null.
        String superName = cls.isInterface() ? "java.lang.Object"
                : cls.getSuperclass() == null ? null : cls.getSuperclass().getName();
        assertEquals(superName, header.superName());
        assertEquals(Arrays.stream(cls.getInterfaces()).map(Class::getName).toList(), header.interfaces());
        assertEquals(cls.isInterface(), (header.access() & Modifier.INTERFACE) != 0);
    }

    @Test
    void onlyPublicConcreteClassesCanBePlugins() throws IOException {
        assertTrue(read(JsonConverter.class).concretePublic());
        assertFalse(read(SourceConnector.class).concretePublic(), "abstract");
        assertFalse(read(Map.Entry.class).concretePublic(), "interface");
        assertFalse(read(ClassFileHeaderTest.class).concretePublic(), "package-private");
    }

    @Test
    void objectHasNoSuperclass() throws IOException {
        assertNull(read(Object.class).superName());
        assertEquals(List.of(), read(Object.class).interfaces());
    }

    @Test
    void bytesThatAreNotAClassFileAreRefused() {
        IOException error = assertThrows(IOException.class,
                () -> ClassFileHeader.read(new ByteArrayInputStream("not a class".getBytes())));
        assertTrue(error.getMessage().contains("not a class file"), error.getMessage());
        byte[] truncated = Arrays.copyOf(bytesOf(Math.class), 40);
        assertThrows(IOException.class, () -> ClassFileHeader.read(new ByteArrayInputStream(truncated)));
    }

    private static ClassFileHeader read(Class<?> cls) throws IOException {
        return ClassFileHeader.read(new ByteArrayInputStream(bytesOf(cls)));
    }

    private static byte[] bytesOf(Class<?> cls) {
        String resource = cls.getName().replace('.', '/') + ".class";
        ClassLoader loader = cls.getClassLoader() == null ? ClassLoader.getSystemClassLoader() : cls.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
