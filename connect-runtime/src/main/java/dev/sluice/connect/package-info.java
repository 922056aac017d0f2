/**
 * The Sluice worker runtime. Each concern has its own sub-package: {@code cli} (main classes), {@code worker}
 * (connector and task runners), {@code herder} (standalone and distributed control loops), {@code storage}
 * (compacted-topic journals and the file offset store), {@code isolation} (plugin path and classloaders),
 * {@code errors} (retry, tolerance, dead letter queue), {@code rest} (the HTTP API) and {@code metrics}. They
 * arrive issue by issue; see docs/architecture.md for the intended shape.
 */
package dev.sluice.connect;
