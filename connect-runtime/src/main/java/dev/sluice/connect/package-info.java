/**
 * The Sluice worker runtime. Each concern has its own sub-package: {@code cli} (main classes), {@code worker}
 * (connector and task runners), {@code herder} (standalone and distributed control loops), {@code storage}
 * (compacted-topic journals and the file offset store), {@code isolation} (plugin path and classloaders),
 * {@code errors} (retry, tolerance, dead letter queue), {@code rest} (the HTTP API), {@code metrics} (JMX and
 * Prometheus), {@code config} (worker and connector settings) and {@code domain} (the vocabulary they share);
 * docs/architecture.md shows how they fit.
 * This package itself only says which build is running ({@link dev.sluice.connect.SluiceBuild}).
 */
package dev.sluice.connect;
