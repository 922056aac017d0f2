/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.sink;

import org.apache.kafka.connect.connector.ConnectorContext;

/** The context a worker gives to sink connectors. */
public interface SinkConnectorContext extends ConnectorContext {
}
