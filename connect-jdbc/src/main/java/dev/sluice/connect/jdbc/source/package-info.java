/**
 * The JDBC source: {@link dev.sluice.connect.jdbc.JdbcSourceConnector} lists and watches the tables and
 * spreads them over {@link dev.sluice.connect.jdbc.source.JdbcSourceTask}s, which copy new and changed rows in
 * the configured {@code mode} and resume from their committed offsets.
 */
package dev.sluice.connect.jdbc.source;
