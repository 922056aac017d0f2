/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage;

import java.util.Map;

/**
 * A decoded offset key: the connector that owns the offset and the source partition it belongs to.
 *
 * @param connector the connector name
 * @param partition the connector's own partition map
 */
public record OffsetKey(String connector, Map<String, Object> partition) {
}
