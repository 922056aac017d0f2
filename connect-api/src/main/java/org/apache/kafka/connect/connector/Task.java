/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.connector;

import java.util.Map;

/** A unit of work created from one of a connector's task configurations; the worker drives its lifecycle. */
public interface Task {

    /** The task's version, normally the same as its connector's. */
    String version();

    /** Starts the task with its configuration; one-time setup belongs here. */
    void start(Map<String, String> props);

    /** Stops the task and releases its resources. */
    void stop();
}
