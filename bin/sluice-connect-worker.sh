#!/usr/bin/env bash
# Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
#
# What connect-standalone.sh and connect-distributed.sh share: their [-daemon] argument, usage message and heap
# default. Usage: sluice-connect-worker.sh <calling script> <main class> <usage of the arguments> [-daemon] args...
set -euo pipefail

script=$1 main_class=$2 arguments=$3
shift 3

usage() {
    echo "USAGE: $script [-daemon] $arguments"
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
exec "$bin_dir/sluice-run-class.sh" "${daemon_args[@]+"${daemon_args[@]}"}" -name connect "$main_class" "$@"
