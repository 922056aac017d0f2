#!/usr/bin/env bash
#
# Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
#
# Times Sluice's FileStream connectors against raw Kafka clients in one run, on one fresh single-node broker:
#   1. raw producer:  Apache's org.apache.kafka.tools.ProducerPerformance (kafka-tools 4.3.1) with the producer
#                     settings Sluice gives source tasks (acks=all, max.in.flight.requests.per.connection=5,
#                     enable.idempotence=true, batch.size=131072, the client's default linger.ms)
#   2. raw consumer:  a bare KafkaConsumer (dev.sluice.benchmarks.pipeline.PipelineProbe consume) reading what 1 wrote
#   3. Sluice source: bin/connect-standalone.sh with FileStreamSource, file -> fresh topic
#   4. Sluice sink:   bin/connect-standalone.sh with FileStreamSink, that topic -> file
# Connector rates count from the first record seen (topic end offsets or output file length, sampled every 20 ms),
# so JVM and worker start-up are left out. The output file must equal the input file, or the run fails.
#
#   benchmarks/file-pipeline.sh
#   RECORDS=200000 benchmarks/file-pipeline.sh    fewer lines (default 1000000, 100 bytes each)
#   SOURCE_BATCH_SIZE=10000 ...                   FileStreamSource batch.size (default 2000, the connector's default)
#   RAW_PRODUCER_PROPS="acks=all" ...             ProducerPerformance's --producer-props besides bootstrap.servers
#   SKIP_BUILD=1 ...                              never run Maven for Sluice itself
#   MVN_FLAGS="-o" ...                            e.g. build offline
#   SLUICE_TARGET=target-mine ...                 output folder of the helper classes (as -Dsluice.target)
#   KEEP_WORK=1 ...                               keep the temporary directory (logs, data) after the run
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
TARGET=${SLUICE_TARGET:-target}
MVN_FLAGS=${MVN_FLAGS:-}
RECORDS=${RECORDS:-1000000}
RECORD_BYTES=100
SOURCE_BATCH_SIZE=${SOURCE_BATCH_SIZE:-2000}
KAFKA_TOOLS_VERSION=4.3.1
TIMEOUT_SECONDS=600
PROBE_CLASSES="benchmarks/$TARGET/classes"
# shellcheck disable=SC2206
PRODUCER_SETTINGS=(${RAW_PRODUCER_PROPS:-acks=all max.in.flight.requests.per.connection=5 enable.idempotence=true batch.size=131072})

BENCH_NAME=file-pipeline
# shellcheck source=benchmarks/common.sh
source benchmarks/common.sh

# ---- 1. build what is missing -------------------------------------------------------------------------------
build_sluice_and_probes

resolve_kafka_tools "$KAFKA_TOOLS_VERSION"


echo ">> load average at start: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"

# ---- 2. a fresh broker --------------------------------------------------------------------------------------
start_broker "$(pipeline_probe free-port)"

# ---- 3. raw producer: Apache's ProducerPerformance ----------------------------------------------------------
pipeline_probe create-topic "$bootstrap" perf-raw
echo ">> raw producer: ProducerPerformance --num-records $RECORDS --record-size $RECORD_BYTES --throughput -1" \
    "--producer-props ${PRODUCER_SETTINGS[*]}"
run_producer_performance
raw_producer=$raw_producer_rate

# ---- 4. raw consumer ----------------------------------------------------------------------------------------
echo ">> raw consumer: KafkaConsumer (client defaults, no group) reads perf-raw"
consumer_line=$(pipeline_probe consume "$bootstrap" perf-raw "$RECORDS") || fail "the raw consumer fell short"
echo "   $consumer_line"
raw_consumer=$(rate_of "$consumer_line")

# ---- 5. Sluice source ---------------------------------------------------------------------------------------
rest_port=$(pipeline_probe free-port)
write_worker_config() {
    cat > "$1" <<PROPS
bootstrap.servers=$bootstrap
key.converter=org.apache.kafka.connect.storage.StringConverter
value.converter=org.apache.kafka.connect.storage.StringConverter
offset.storage.file.filename=$WORK/connect.offsets
offset.flush.interval.ms=1000
plugin.path=$ROOT/plugins
listeners=http://127.0.0.1:$rest_port
PROPS
}
write_worker_config "$WORK/worker.properties"
cat > "$WORK/source.properties" <<PROPS
name=pipeline-source
connector.class=FileStreamSource
tasks.max=1
file=$WORK/input.txt
topic=pipeline
batch.size=$SOURCE_BATCH_SIZE
PROPS
cat > "$WORK/sink.properties" <<PROPS
name=pipeline-sink
connector.class=FileStreamSink
tasks.max=1
topics=pipeline
file=$WORK/output.txt
PROPS

echo ">> writing $RECORDS lines of $RECORD_BYTES bytes to $WORK/input.txt"
pipeline_probe write-lines "$WORK/input.txt" "$RECORDS" "$RECORD_BYTES"
pipeline_probe create-topic "$bootstrap" pipeline


echo ">> Sluice source: FileStreamSource (batch.size=$SOURCE_BATCH_SIZE) -> topic pipeline"
run_worker source "$WORK/source.properties"
source_line=$(pipeline_probe await-offsets "$bootstrap" pipeline "$RECORDS" "$TIMEOUT_SECONDS") \
    || { tail -30 "$WORK/worker-source.out" >&2; fail "the source did not deliver $RECORDS records"; }
echo "   $source_line"
sluice_source=$(rate_of "$source_line")
stop_pid "$worker_pid"

# ---- 6. Sluice sink -----------------------------------------------------------------------------------------
echo ">> Sluice sink: topic pipeline -> FileStreamSink"
run_worker sink "$WORK/sink.properties"
sink_line=$(pipeline_probe await-lines "$WORK/output.txt" "$RECORDS" "$RECORD_BYTES" "$TIMEOUT_SECONDS") \
    || { tail -30 "$WORK/worker-sink.out" >&2; fail "the sink did not write $RECORDS lines"; }
echo "   $sink_line"
sluice_sink=$(rate_of "$sink_line")
stop_pid "$worker_pid"
cmp -s "$WORK/input.txt" "$WORK/output.txt" || fail "the sink's output differs from the source's input"
echo ">> output.txt equals input.txt"
echo ">> load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

# ---- 7. the table -------------------------------------------------------------------------------------------
echo
awk -v rp="$raw_producer" -v ss="$sluice_source" -v rc="$raw_consumer" -v sk="$sluice_sink" -v n="$RECORDS" '
BEGIN {
    printf "%-44s %14s\n", "file pipeline (" n " lines x 100 bytes)", "records/s"
    printf "%-44s %14.0f\n", "raw producer (ProducerPerformance)", rp
    printf "%-44s %14.0f\n", "Sluice FileStreamSource -> Kafka", ss
    printf "%-44s %14.2f   (target >= 0.70)\n", "ratio source / raw producer", ss / rp
    printf "%-44s %14.0f\n", "raw consumer (KafkaConsumer)", rc
    printf "%-44s %14.0f\n", "Sluice Kafka -> FileStreamSink", sk
    printf "%-44s %14.2f\n", "ratio sink / raw consumer", sk / rc
}'
