#!/usr/bin/env bash
# Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
#
# Starts a standalone Sluice worker: one process, offsets in a local file, connectors given on the command line.
# Takes the same arguments and environment variables as Apache Kafka's connect-standalone.sh; see
# bin/sluice-run-class.sh for the variables.
set -euo pipefail
bin_dir="$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}" 2> /dev/null || echo "${BASH_SOURCE[0]}")")"
exec "$bin_dir/sluice-connect-worker.sh" "$0" dev.sluice.connect.cli.ConnectStandalone \
    "connect-standalone.properties [connector1.properties|connector1.json ...]" "$@"
