/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit.process;

import java.lang.reflect.InvocationTargetException;

/**
 * Entry point of a schema registry's child JVM: Apicurio Registry's own main (its runner jar is on this JVM's
 * classpath), started once {@link ParentWatch} ties the registry's life to the parent's. Arguments go to the
 * registry; its settings come as {@code -Dquarkus.*} system properties.
 */
public final class RegistryProcessMain {

    /** The main class the registry's runner jar names in its manifest. */
    static final String REGISTRY_MAIN = "io.quarkus.runner.GeneratedMain";

    private RegistryProcessMain() {
    }

    public static void main(String[] args) throws Throwable {
        ParentWatch.exitWhenStdinCloses(System.in, "schema registry");
        try {
            Class.forName(REGISTRY_MAIN).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
