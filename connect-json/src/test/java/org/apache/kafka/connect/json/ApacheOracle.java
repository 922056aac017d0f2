/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Apache Kafka Connect 4.3.1's real connect-json, run as a test oracle.
 *
 * <p>The build copies Apache's connect-json, connect-api, kafka-clients and Jackson jars into
 * {@code target/apache-oracle} (see the module's pom). They are never on the test class path, because Apache's
 * classes have the same names as ours; instead they are loaded here in their own {@link URLClassLoader} whose parent
 * is the platform class loader, so the two worlds cannot see each other. Calls cross the boundary reflectively and
 * only with JDK types (strings, byte arrays, maps, lists, numbers); Apache objects such as its schemas are held as
 * opaque {@code Object}s and only ever handed back to Apache methods.
 */
final class ApacheOracle {

    private static ApacheOracle instance;

    private final ClassLoader loader;

    private ApacheOracle(ClassLoader loader) {
        this.loader = loader;
    }

    /** The shared oracle; the jars are loaded once per test JVM. */
    static synchronized ApacheOracle get() {
        if (instance == null) {
            instance = new ApacheOracle(new URLClassLoader("apache-connect-json", jarUrls(),
                    ClassLoader.getPlatformClassLoader()));
        }
        return instance;
    }

    private static URL[] jarUrls() {
        Path dir = Paths.get(System.getProperty("apache.oracle.dir", "target/apache-oracle"));
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> jars = Files.list(dir)) {
            for (Path jar : (Iterable<Path>) jars.filter(p -> p.toString().endsWith(".jar")).sorted()::iterator) {
                urls.add(jar.toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new IllegalStateException("Apache's jars were not copied to " + dir + "; run the build through Maven",
                    e);
        }
        if (urls.stream().noneMatch(u -> u.getPath().contains("connect-json-4.3.1"))) {
            throw new IllegalStateException("Apache's connect-json 4.3.1 is missing from " + dir);
        }
        return urls.toArray(URL[]::new);
    }

    Class<?> type(String className) {
        try {
            return Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new instance of an Apache class through its public no-argument (or matching) constructor. */
    Object create(String className, Object... args) {
        try {
            for (var constructor : type(className).getConstructors()) {
                if (applicable(constructor.getParameterTypes(), args)) {
                    return constructor.newInstance(args);
                }
            }
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("No constructor of " + className + " takes " + Arrays.asList(args));
    }

    /** Apache's {@code JsonConverter}, configured as a key or value converter. */
    Object converter(Map<String, ?> configs, boolean isKey) {
        Object converter = create("org.apache.kafka.connect.json.JsonConverter");
        call(converter, "configure", configs, isKey);
        return converter;
    }

    /** Calls a public method; an exception Apache throws is rethrown as it is (its class lives in Apache's loader). */
    Object call(Object target, String method, Object... args) {
        return invoke(target.getClass(), target, method, args);
    }

    Object callStatic(String className, String method, Object... args) {
        return invoke(type(className), null, method, args);
    }

    /** An enum constant of an Apache enum, by name. */
    Object enumConstant(String className, String name) {
        return callStatic(className, "valueOf", name);
    }

    /**
     * What a call did, as text that can be compared across the two worlds: the exact bytes returned, or the
     * exception's class, message and first cause.
     */
    static String outcome(ThrowingSupplier<?> call) {
        try {
            Object result = call.get();
            if (result == null || result instanceof byte[]) {
                return Outcomes.bytes((byte[]) result);
            }
            return "value " + Describe.value(result);
        } catch (Throwable e) {
            return Outcomes.error(e);
        }
    }

    /** A call that may throw anything. */
    @FunctionalInterface
    interface ThrowingSupplier<T> {
        T get() throws Throwable;
    }

    private static Object invoke(Class<?> type, Object target, String name, Object[] args) {
        Method method = find(type, name, args);
        try {
            method.setAccessible(true);
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Method find(Class<?> type, String name, Object[] args) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && applicable(method.getParameterTypes(), args) && !method.isBridge()) {
                return method;
            }
        }
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && applicable(method.getParameterTypes(), args)) {
                return method;
            }
        }
        throw new IllegalStateException("No method " + type.getName() + "." + name + " takes " + Arrays.asList(args));
    }

    private static boolean applicable(Class<?>[] parameters, Object[] args) {
        if (parameters.length != args.length) {
            return false;
        }
        for (int i = 0; i < parameters.length; i++) {
            Class<?> parameter = box(parameters[i]);
            if (args[i] == null ? parameters[i].isPrimitive() : !parameter.isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "boolean" -> Boolean.class;
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            case "float" -> Float.class;
            case "double" -> Double.class;
            default -> Character.class;
        };
    }

    private static RuntimeException rethrow(Throwable e) {
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(e);
    }
}
