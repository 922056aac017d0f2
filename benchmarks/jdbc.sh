#!/usr/bin/env bash
#
# Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
#
# Times Sluice's JDBC connectors against PostgreSQL's own COPY in one run, on one fresh single-node broker and the
# machine's PostgreSQL (127.0.0.1:5432, database test, user postgres):
#   1. COPY out:      psql's COPY bench_rows TO STDOUT of a ROWS-row table (id, 3 ints, a numeric, 2 texts, a
#                     timestamp, a boolean), written to a file
#   2. Sluice source: bin/connect-standalone.sh with JdbcSourceConnector, mode=bulk, the same table -> fresh topic
#                     (JsonConverter with schemas), counted from the first record to the last at the topic's end
#   3. COPY in:       psql's COPY bench_copy FROM STDIN of the file from 1 into an empty table with the same key
#   4. Sluice sink:   JdbcSinkConnector, the topic from 2 -> bench_sink, insert.mode=upsert on id, counted from the
#                     first row to the last (SELECT count(*) every 200 ms)
# and the two ceilings the connectors cannot pass, in the same run:
#   raw producer:     a bare KafkaProducer sending ROWS copies of the first record of 2 (same bytes) with the source
#                     task's producer settings: no source writing records that size through that producer is faster
#   SQL upsert:       one INSERT INTO ... SELECT * FROM the COPY-in table ON CONFLICT (id) DO UPDATE into an empty
#                     table: PostgreSQL's own upsert of the whole table in one statement, no client in between
# The sink table must then equal the source table (compared with SQL), or the run fails.
#
#   benchmarks/jdbc.sh
#   ROWS=200000 benchmarks/jdbc.sh      fewer rows (default 1000000)
#   SKIP_BUILD=1 ...                    never run Maven for Sluice itself
#   MVN_FLAGS="-o" ...                  e.g. build offline
#   KEEP_WORK=1 ...                     keep the temporary directory (logs, data) after the run
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
MVN_FLAGS=${MVN_FLAGS:-}
ROWS=${ROWS:-1000000}
TIMEOUT_SECONDS=900
PROBE_CLASSES="benchmarks/target/classes"
PG_URL="jdbc:postgresql://127.0.0.1:5432/test?user=postgres"
PSQL=(psql -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1 -q)
BENCH_NAME=jdbc
# shellcheck source=benchmarks/common.sh
source benchmarks/common.sh
bench_cleanup() {
    "${PSQL[@]}" -c "DROP TABLE IF EXISTS bench_rows, bench_copy, bench_upsert, bench_sink" > /dev/null 2>&1 || true
}

# ---- build what is missing ----------------------------------------------------------------------------------
sluice_built() {
    compgen -G "libs/connect-runtime-*.jar" > /dev/null \
        && compgen -G "plugins/connect-jdbc/connect-jdbc-*.jar" > /dev/null \
        && [[ -f "$TESTKIT_CLASSPATH" ]] \
        && [[ -f "$PROBE_CLASSES/dev/sluice/benchmarks/pipeline/PipelineProbe.class" ]]
}
if ! sluice_built; then
    [[ "${SKIP_BUILD:-0}" == 1 ]] && fail "libs/, plugins/, the testkit or the probe are missing; run mvn -DskipTests package"
    echo ">> building Sluice (mvn -DskipTests package)"
    # shellcheck disable=SC2086
    mvn -B -q $MVN_FLAGS -DskipTests package
fi
"${PSQL[@]}" -c "SELECT 1" > /dev/null || fail "PostgreSQL does not answer on 127.0.0.1:5432 (database test)"

rows_in() {
    "${PSQL[@]}" -tAc "SELECT count(*) FROM $1"
}

echo ">> load average at start: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"

# ---- a fresh broker -----------------------------------------------------------------------------------------
start_broker "$(pipeline_probe free-port)"

# ---- the table ----------------------------------------------------------------------------------------------
columns="id BIGINT PRIMARY KEY, quantity INT NOT NULL, warehouse INT NOT NULL, customer BIGINT NOT NULL,
         price NUMERIC(12,2) NOT NULL, sku VARCHAR(32) NOT NULL, note TEXT, ordered_at TIMESTAMP(3) NOT NULL,
         paid BOOLEAN NOT NULL"
echo ">> creating bench_rows with $ROWS rows"
"${PSQL[@]}" -c "DROP TABLE IF EXISTS bench_rows, bench_copy, bench_upsert, bench_sink" \
    -c "CREATE TABLE bench_rows ($columns)" \
    -c "INSERT INTO bench_rows SELECT g, g % 100, g % 17, g * 31, (g % 100000) / 100.0, 'SKU-' || g,
            CASE WHEN g % 3 = 0 THEN NULL ELSE repeat('n', g % 40) END,
            TIMESTAMP '2024-01-01' + g * INTERVAL '1 millisecond', g % 2 = 0
        FROM generate_series(1, $ROWS) g" \
    -c "VACUUM ANALYZE bench_rows"

# ---- 1. COPY out --------------------------------------------------------------------------------------------
start=$(now_ms)
"${PSQL[@]}" -c "COPY bench_rows TO STDOUT" > "$WORK/rows.tsv"
copy_out_ms=$(($(now_ms) - start))
copy_out=$(awk -v n="$ROWS" -v ms="$copy_out_ms" 'BEGIN { printf "%.0f", n * 1000 / ms }')
echo "   COPY TO STDOUT: $ROWS rows in $copy_out_ms ms ($copy_out rows/s)"

# ---- 2. Sluice source ---------------------------------------------------------------------------------------
rest_port=$(pipeline_probe free-port)
cat > "$WORK/worker.properties" <<PROPS
bootstrap.servers=$bootstrap
key.converter=org.apache.kafka.connect.json.JsonConverter
value.converter=org.apache.kafka.connect.json.JsonConverter
offset.storage.file.filename=$WORK/connect.offsets
offset.flush.interval.ms=1000
plugin.path=$ROOT/plugins
listeners=http://127.0.0.1:$rest_port
PROPS
cat > "$WORK/source.properties" <<PROPS
name=bench-source
connector.class=dev.sluice.connect.jdbc.JdbcSourceConnector
tasks.max=1
connection.url=$PG_URL
table.include.list=bench_rows
mode=bulk
topic.prefix=jdbc-
batch.max.rows=5000
poll.interval.ms=86400000
producer.override.linger.ms=5
producer.override.batch.size=262144
PROPS
cat > "$WORK/sink.properties" <<PROPS
name=bench-sink
connector.class=dev.sluice.connect.jdbc.JdbcSinkConnector
tasks.max=1
topics=jdbc-bench_rows
connection.url=$PG_URL
table.name.format=bench_sink
auto.create=true
insert.mode=upsert
pk.mode=record_value
pk.fields=id
batch.size=5000
consumer.override.max.poll.records=5000
PROPS
pipeline_probe create-topic "$bootstrap" jdbc-bench_rows


echo ">> Sluice source: JdbcSourceConnector (bulk, batch.max.rows=5000) -> topic jdbc-bench_rows"
run_worker source "$WORK/source.properties"
source_line=$(pipeline_probe await-offsets "$bootstrap" jdbc-bench_rows "$ROWS" "$TIMEOUT_SECONDS") \
    || { tail -30 "$WORK/worker-source.out" >&2; fail "the source did not deliver $ROWS records"; }
echo "   $source_line"
sluice_source=$(rate_of "$source_line")
stop_pid "$worker_pid"

echo ">> raw producer: $ROWS copies of the first record of jdbc-bench_rows, the source task's producer settings"
pipeline_probe create-topic "$bootstrap" jdbc-replay
replay_line=$(pipeline_probe replay "$bootstrap" jdbc-bench_rows jdbc-replay "$ROWS" 5 262144) \
    || fail "the raw producer did not deliver $ROWS records"
echo "   $replay_line"
raw_producer=$(rate_of "$replay_line")

# ---- 3. COPY in ---------------------------------------------------------------------------------------------
"${PSQL[@]}" -c "CREATE TABLE bench_copy ($columns)"
start=$(now_ms)
"${PSQL[@]}" -c "COPY bench_copy FROM STDIN" < "$WORK/rows.tsv"
copy_in_ms=$(($(now_ms) - start))
copy_in=$(awk -v n="$ROWS" -v ms="$copy_in_ms" 'BEGIN { printf "%.0f", n * 1000 / ms }')
echo "   COPY FROM STDIN: $ROWS rows in $copy_in_ms ms ($copy_in rows/s)"

"${PSQL[@]}" -c "CREATE TABLE bench_upsert ($columns)"
start=$(now_ms)
"${PSQL[@]}" -c "INSERT INTO bench_upsert SELECT * FROM bench_copy ON CONFLICT (id) DO UPDATE SET
    quantity = EXCLUDED.quantity, warehouse = EXCLUDED.warehouse, customer = EXCLUDED.customer,
    price = EXCLUDED.price, sku = EXCLUDED.sku, note = EXCLUDED.note, ordered_at = EXCLUDED.ordered_at,
    paid = EXCLUDED.paid"
sql_upsert_ms=$(($(now_ms) - start))
sql_upsert=$(awk -v n="$ROWS" -v ms="$sql_upsert_ms" 'BEGIN { printf "%.0f", n * 1000 / ms }')
echo "   INSERT ... SELECT ... ON CONFLICT: $ROWS rows in $sql_upsert_ms ms ($sql_upsert rows/s)"

# ---- 4. Sluice sink -----------------------------------------------------------------------------------------
echo ">> Sluice sink: topic jdbc-bench_rows -> JdbcSinkConnector (upsert on id, batch.size=5000) -> bench_sink"
run_worker sink "$WORK/sink.properties"
deadline=$(($(now_ms) + TIMEOUT_SECONDS * 1000))
first_ms=""
first_rows=0
seen=0
while ((seen < ROWS)); do
    ((($(now_ms)) < deadline)) || { tail -30 "$WORK/worker-sink.out" >&2; fail "the sink wrote $seen of $ROWS rows"; }
    kill -0 "$worker_pid" 2> /dev/null || { tail -30 "$WORK/worker-sink.out" >&2; fail "the sink worker exited"; }
    seen=$(rows_in bench_sink 2> /dev/null || echo 0)
    if [[ -z "$first_ms" && "$seen" -gt 0 ]]; then
        first_ms=$(now_ms)
        first_rows=$seen
    fi
    ((seen < ROWS)) && sleep 0.2
done
sink_ms=$(($(now_ms) - first_ms))
((sink_ms > 0)) || sink_ms=1
sluice_sink=$(awk -v n="$((ROWS - first_rows))" -v ms="$sink_ms" 'BEGIN { printf "%.0f", n * 1000 / ms }')
echo "   $((ROWS - first_rows)) rows after the first in $sink_ms ms ($sluice_sink rows/s)"
stop_pid "$worker_pid"

differing=$("${PSQL[@]}" -tAc "SELECT count(*) FROM (
    (SELECT id, quantity, warehouse, customer, price, sku, note, ordered_at, paid FROM bench_rows
     EXCEPT SELECT id, quantity, warehouse, customer, price, sku, note, ordered_at, paid FROM bench_sink)
    UNION ALL
    (SELECT id, quantity, warehouse, customer, price, sku, note, ordered_at, paid FROM bench_sink
     EXCEPT SELECT id, quantity, warehouse, customer, price, sku, note, ordered_at, paid FROM bench_rows)) d")
[[ "$differing" == 0 ]] || fail "$differing rows differ between bench_rows and bench_sink"
echo ">> bench_sink equals bench_rows, row for row"
echo ">> load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
awk -v co="$copy_out" -v ss="$sluice_source" -v rp="$raw_producer" -v ci="$copy_in" -v su="$sql_upsert" \
    -v sk="$sluice_sink" -v n="$ROWS" '
BEGIN {
    printf "%-48s %14s\n", "JDBC pipeline, PostgreSQL (" n " rows)", "rows/s"
    printf "%-48s %14.0f\n", "COPY ... TO STDOUT", co
    printf "%-48s %14.0f\n", "Sluice JdbcSource (bulk) -> Kafka", ss
    printf "%-48s %14.2f   (target >= 0.50)\n", "ratio source / COPY out", ss / co
    printf "%-48s %14.0f\n", "raw producer, same records and settings", rp
    printf "%-48s %14.2f\n", "ratio raw producer / COPY out (ceiling)", rp / co
    printf "%-48s %14.2f\n", "ratio source / raw producer", ss / rp
    printf "%-48s %14.0f\n", "COPY ... FROM STDIN", ci
    printf "%-48s %14.0f\n", "Sluice Kafka -> JdbcSink (upsert)", sk
    printf "%-48s %14.2f   (target >= 0.50)\n", "ratio sink / COPY in", sk / ci
    printf "%-48s %14.0f\n", "INSERT ... SELECT ... ON CONFLICT (one statement)", su
    printf "%-48s %14.2f\n", "ratio SQL upsert / COPY in (ceiling)", su / ci
    printf "%-48s %14.2f\n", "ratio sink / SQL upsert", sk / su
}'
