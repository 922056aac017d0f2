/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * What scanning needs of a class file, read from its bytes without defining the class: its name, superclass,
 * interfaces and access flags (JVMS §4.1). Defining every class of a plugin's libraries just to test it against
 * the plugin types costs seconds of CPU and tens of megabytes of metaspace; reading the header costs neither.
 *
 * @param name       binary name, e.g. {@code com.example.MyConnector}
 * @param superName  binary name of the superclass; null for {@code java.lang.Object} and module descriptors
 * @param interfaces binary names of the directly implemented interfaces
 * @param access     the class's access flags as {@link Modifier} bits (public, abstract, interface)
 */
record ClassFileHeader(String name, String superName, List<String> interfaces, int access) {

    private static final int MAGIC = 0xCAFEBABE;

    /** Public and neither abstract nor an interface: the only classes that can be instantiated as plugins. */
    boolean concretePublic() {
        return Modifier.isPublic(access) && !Modifier.isAbstract(access) && !Modifier.isInterface(access);
    }

    /** Every direct supertype (superclass first). */
    List<String> supertypes() {
        List<String> all = new ArrayList<>(interfaces.size() + 1);
        if (superName != null) {
            all.add(superName);
        }
        all.addAll(interfaces);
        return all;
    }

    /**
     * Reads the header of the class file {@code in} is positioned at; reads no further than the interfaces.
     *
     * @throws IOException when the bytes are not a class file
     */
    static ClassFileHeader read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != MAGIC) {
            throw new IOException("not a class file (bad magic number)");
        }
        data.readUnsignedShort(); // minor version
        data.readUnsignedShort(); // major version
        int poolSize = data.readUnsignedShort();
        String[] utf8 = new String[poolSize];
        int[] classNameIndex = new int[poolSize];
        for (int index = 1; index < poolSize; index++) {
            int tag = data.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[index] = data.readUTF();
                case 7 -> classNameIndex[index] = data.readUnsignedShort();
                case 8, 16, 19, 20 -> data.skipNBytes(2); // String, MethodType, Module, Package
                case 15 -> data.skipNBytes(3); // MethodHandle
                case 3, 4, 9, 10, 11, 12, 17, 18 -> data.skipNBytes(4); // numbers, member refs, dynamic constants
                case 5, 6 -> { // a long or double takes two pool entries
                    data.skipNBytes(8);
                    index++;
                }
                default -> throw new IOException("not a class file (constant pool tag " + tag + ")");
            }
        }
        int access = data.readUnsignedShort();
        String name = className(utf8, classNameIndex, data.readUnsignedShort());
        int superIndex = data.readUnsignedShort();
        String superName = superIndex == 0 ? null : className(utf8, classNameIndex, superIndex);
        int interfaceCount = data.readUnsignedShort();
        List<String> interfaces = new ArrayList<>(interfaceCount);
        for (int i = 0; i < interfaceCount; i++) {
            interfaces.add(className(utf8, classNameIndex, data.readUnsignedShort()));
        }
        return new ClassFileHeader(name, superName, List.copyOf(interfaces), access);
    }

    private static String className(String[] utf8, int[] classNameIndex, int index) throws IOException {
        if (index <= 0 || index >= classNameIndex.length || classNameIndex[index] == 0
                || utf8[classNameIndex[index]] == null) {
            throw new IOException("not a class file (bad class reference " + index + ")");
        }
        return utf8[classNameIndex[index]].replace('/', '.');
    }
}
