/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.components;

/** A component that reports its own version, shown in plugin listings and connector status. */
public interface Versioned {

    /** The version of this component, usually the version of the JAR it ships in. */
    String version();
}
