/**
 * The FileStream source and sink connectors, under Apache's class names so that the sample configs users
 * already have ({@code connector.class=FileStreamSource}) work unchanged. They arrive with the worker issue.
 */
package org.apache.kafka.connect.file;
