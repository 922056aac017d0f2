#!/usr/bin/env bash
# Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
#
# Starts a distributed Sluice worker, which joins the cluster named by group.id and keeps connectors, offsets and
# status in Kafka topics. Takes the same arguments and environment variables as Apache Kafka's
# connect-distributed.sh; see bin/sluice-run-class.sh for the variables.
set -euo pipefail
bin_dir="$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}" 2> /dev/null || echo "${BASH_SOURCE[0]}")")"
exec "$bin_dir/sluice-connect-worker.sh" "$0" dev.sluice.connect.cli.ConnectDistributed \
    "connect-distributed.properties" "$@"
