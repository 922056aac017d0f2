/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;

/**
 * One implementation of the Connect classes, reached only through its class loader.
 *
 * <p>Everything here is setup-time reflection; benchmarks call the {@link MethodHandle}s it hands out, which
 * are adapted to {@code Object}-typed signatures so that the same benchmark code drives either implementation.
 */
final class World {

    private final String name;
    private final ClassLoader loader;

    World(String name, ClassLoader loader) {
        this.name = name;
        this.loader = loader;
    }

    String name() {
        return name;
    }

    Class<?> type(String className) {
        try {
            return Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name + " has no class " + className, e);
        }
    }

    Object constant(String className, String field) {
        try {
            return type(className).getField(field).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Calls the public constructor whose parameters accept {@code args}. */
    Object create(String className, Object... args) {
        Constructor<?> ctor = (Constructor<?>) pick(type(className).getConstructors(), "<init>", args);
        try {
            return ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Calls the public static method {@code method} whose parameters accept {@code args}. */
    Object callStatic(String className, String method, Object... args) {
        return invoke(pick(type(className).getMethods(), method, args), null, args);
    }

    /** Calls the public instance method {@code method} whose parameters accept {@code args}. */
    Object call(Object target, String method, Object... args) {
        return invoke(pick(target.getClass().getMethods(), method, args), target, args);
    }

    /**
     * A handle on an interface or class method, adapted so that every reference type in its signature
     * except primitives, {@code String} and {@code byte[]} becomes {@code Object}; callers then use {@code invokeExact}.
     */
    MethodHandle handle(String className, String method, Class<?> returnType, Object... parameterTypes) {
        Class<?>[] params = new Class<?>[parameterTypes.length];
        for (int i = 0; i < params.length; i++) {
            Object p = parameterTypes[i];
            params[i] = p instanceof Class<?> c ? c : type((String) p);
        }
        try {
            Class<?> owner = type(className);
            MethodHandle mh = MethodHandles.publicLookup()
                    .findVirtual(owner, method, MethodType.methodType(returnType, params));
            MethodType generic = MethodType.methodType(erased(returnType), erasedAll(params))
                    .insertParameterTypes(0, Object.class);
            return mh.asType(generic);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?>[] erasedAll(Class<?>[] types) {
        Class<?>[] out = new Class<?>[types.length];
        for (int i = 0; i < types.length; i++) {
            out[i] = erased(types[i]);
        }
        return out;
    }

    // Keeps JDK types that are shared by both loaders, so call sites can be typed without reflection.
    private static Class<?> erased(Class<?> type) {
        if (type.isPrimitive() || type == String.class || type == byte[].class) {
            return type;
        }
        return Object.class;
    }

    private static Object invoke(Executable executable, Object target, Object[] args) {
        try {
            return ((Method) executable).invoke(target, args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Executable pick(Executable[] candidates, String method, Object[] args) {
        for (Executable e : candidates) {
            boolean named = e instanceof Constructor<?> || e.getName().equals(method);
            if (named && e.getParameterCount() == args.length && accepts(e.getParameterTypes(), args)) {
                // A public method may be declared by a package-private implementation class.
                e.trySetAccessible();
                return e;
            }
        }
        throw new IllegalStateException(name + ": no public " + method + " taking " + args.length + " matching args");
    }

    private static boolean accepts(Class<?>[] params, Object[] args) {
        for (int i = 0; i < params.length; i++) {
            Class<?> p = params[i];
            Object a = args[i];
            if (a == null) {
                if (p.isPrimitive()) {
                    return false;
                }
            } else if (!MethodType.methodType(p).wrap().returnType().isInstance(a)) {
                return false;
            }
        }
        return true;
    }
}
