/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * The FileStream source and sink connectors, kept under Apache's class names and config keys so that existing
 * sample configs ({@code connector.class=FileStreamSource}) run unchanged. The source tails a text file (or
 * stdin) line by line and remembers its position as a character offset; the sink appends each record value as
 * one line to a file (or stdout).
 */
package org.apache.kafka.connect.file;
