/**
 * The JDBC sink: {@link dev.sluice.connect.jdbc.JdbcSinkConnector} and its task write records to tables,
 * under the settings of the widely used JDBC sink ({@code insert.mode}, {@code pk.mode}, {@code auto.create}, …).
 *
 * <p>How a record travels: {@code RecordMapper} finds its table and, through {@code LayoutResolver}, its key and
 * value columns; {@code BufferedWrites} collects a table's records of one layout; {@code RecordWriter} makes the
 * table fit ({@code TableStructure}) and writes the buffer in one transaction; {@code JdbcSinkTask} drives this,
 * turning database errors into retries and unwritable records into errant-record reports.
 */
package dev.sluice.connect.jdbc.sink;
