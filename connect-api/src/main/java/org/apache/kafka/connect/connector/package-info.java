/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * The contracts shared by source and sink plugins: the connector that splits work into task configurations, the task
 * that moves the data, the context through which a connector talks back to the worker, and the record base class.
 */
package org.apache.kafka.connect.connector;
