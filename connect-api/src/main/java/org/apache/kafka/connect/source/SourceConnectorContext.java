/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.source;

import org.apache.kafka.connect.connector.ConnectorContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;

/** The context a worker gives to source connectors, adding access to committed source offsets. */
public interface SourceConnectorContext extends ConnectorContext {

    /** Reader for the source offsets committed for this connector. */
    OffsetStorageReader offsetStorageReader();
}
