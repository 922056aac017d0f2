/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Builds real plugin class folders and JARs at test time from small Java sources. */
public final class PluginFixtures {

    private PluginFixtures() {
    }

    /** Source of a public source connector whose version() returns {@code version}. */
    static String sourceConnector(String className, String version) {
        return connector(className, "org.apache.kafka.connect.source.SourceConnector", "\"" + version + "\"", "");
    }

    /** Source of a public sink connector whose version() returns {@code version}. */
    public static String sinkConnector(String className, String version) {
        return connector(className, "org.apache.kafka.connect.sink.SinkConnector", "\"" + version + "\"", "");
    }

    /** Source of a connector with a custom version() expression and extra members. */
    static String connector(String className, String superClass, String versionExpression, String extraMembers) {
        return packageLine(className)
                + "public class " + simpleName(className) + " extends " + superClass + " {\n"
                + extraMembers + "\n"
                + "  @Override public String version() { return " + versionExpression + "; }\n"
                + "  @Override public void start(java.util.Map<String, String> props) { }\n"
                + "  @Override public Class<? extends org.apache.kafka.connect.connector.Task> taskClass() {"
                + " return null; }\n"
                + "  @Override public java.util.List<java.util.Map<String, String>> taskConfigs(int max) {"
                + " return java.util.List.of(); }\n"
                + "  @Override public void stop() { }\n"
                + "  @Override public org.apache.kafka.common.config.ConfigDef config() {"
                + " return new org.apache.kafka.common.config.ConfigDef(); }\n"
                + "}\n";
    }

    /** Source of a public converter (not Versioned) with optional extra members. */
    static String converter(String className, String extraMembers) {
        return packageLine(className)
                + "public class " + simpleName(className) + " implements org.apache.kafka.connect.storage.Converter {\n"
                + extraMembers + "\n"
                + "  @Override public void configure(java.util.Map<String, ?> configs, boolean isKey) { }\n"
                + "  @Override public byte[] fromConnectData(String topic, org.apache.kafka.connect.data.Schema s,"
                + " Object v) { return null; }\n"
                + "  @Override public org.apache.kafka.connect.data.SchemaAndValue toConnectData(String topic,"
                + " byte[] value) { return null; }\n"
                + "}\n";
    }

    /** Source of a plain class with the given body. */
    static String plainClass(String className, String body) {
        return packageLine(className) + "public class " + simpleName(className) + " {\n" + body + "\n}\n";
    }

    /** Compiles {@code sources} (class name to source) into {@code outDir} against the test classpath. */
    public static Path compile(Path outDir, Map<String, String> sources, Path... extraClasspath) throws IOException {
        Files.createDirectories(outDir);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, text) -> units.add(new Source(name, text)));
        StringBuilder classpath = new StringBuilder(System.getProperty("java.class.path"));
        for (Path extra : extraClasspath) {
            classpath.append(File.pathSeparator).append(extra);
        }
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", outDir.toString(), "-classpath", classpath.toString(),
                    "-proc:none", "-nowarn");
            boolean ok = compiler.getTask(diagnostics, files, null, options, null, units).call();
            assertTrue(ok, "fixture compilation failed: " + diagnostics);
        }
        return outDir;
    }

    /** Lists providers of {@code type} in {@code classesDir}'s META-INF/services. */
    static void manifest(Path classesDir, PluginType type, String... classNames) throws IOException {
        Path file = classesDir.resolve(type.manifestResource());
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# providers\n" + String.join("\n", classNames) + "\n");
    }

    /** Packs every file under {@code classesDir} into {@code jarFile}. */
    public static Path jar(Path jarFile, Path classesDir) throws IOException {
        Files.createDirectories(jarFile.getParent());
        try (OutputStream out = Files.newOutputStream(jarFile);
             JarOutputStream jar = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classesDir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = classesDir.relativize(file).toString().replace(File.separatorChar, '/');
                jar.putNextEntry(new JarEntry(name));
                jar.write(Files.readAllBytes(file));
                jar.closeEntry();
            }
        }
        return jarFile;
    }

    /** Copies a class folder to {@code target} (used to build class-folder plugin locations). */
    static Path copyTree(Path from, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path destination = target.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination);
                }
            }
        }
        return target;
    }

    private static String packageLine(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : "package " + className.substring(0, dot) + ";\n";
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String className, String text) {
            super(java.net.URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension),
                    Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
