/**
 * Sluice's JDBC source and sink connectors. The classes are ours, but they accept the config keys users know
 * from the widely used JDBC connector ({@code connection.url}, {@code mode}, {@code incrementing.column.name},
 * {@code insert.mode}, …) so a migration is a change of {@code connector.class} only. SQLite is the embedded
 * default; PostgreSQL and MariaDB are tested on the CI machine.
 */
package dev.sluice.connect.jdbc;
