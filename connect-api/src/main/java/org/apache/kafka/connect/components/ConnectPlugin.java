/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.components;

import org.apache.kafka.common.config.ConfigDef;

/** A pluggable component with a version and a declared configuration, as listed by the worker's plugin endpoints. */
public interface ConnectPlugin extends Versioned {

    /** The configuration this component accepts; used to validate and to describe it. */
    ConfigDef config();
}
