#!/usr/bin/env bash
# Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
#
# Starts a distributed Sluice worker, which joins the cluster named by group.id and keeps connectors, offsets and
# status in Kafka topics. Takes the same arguments and environment variables as Apache Kafka's
# connect-distributed.sh; see bin/sluice-run-class.sh for the variables.
set -euo pipefail

usage() {
    echo "USAGE: $0 [-daemon] connect-distributed.properties"
}

daemon_args=()
if [ $# -gt 0 ] && [ "$1" = "-daemon" ]; then
    daemon_args=(-daemon)
    shift
fi
case "${1:-}" in
    "") usage >&2; exit 1 ;;
    -h|--help) usage; exit 0 ;;
esac

# A worker that runs many tasks needs more than the launcher's small default heap.
export KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms256M -Xmx2G}"

bin_dir="$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}" 2> /dev/null || echo "${BASH_SOURCE[0]}")")"
exec "$bin_dir/sluice-run-class.sh" "${daemon_args[@]+"${daemon_args[@]}"}" -name connect \
    dev.sluice.connect.cli.ConnectDistributed "$@"
