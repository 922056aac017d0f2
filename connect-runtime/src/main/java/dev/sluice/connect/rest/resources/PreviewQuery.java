/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.resources;

import dev.sluice.connect.herder.BadRequestException;
import dev.sluice.connect.worker.preview.PreviewLimits;
import java.time.Duration;

/** The query parameters of the preview endpoints: {@code limit} (records) and {@code timeoutMs}. */
final class PreviewQuery {

    static final String LIMIT = "limit";
    static final String TIMEOUT_MS = "timeoutMs";

    private PreviewQuery() {
    }

    /** The limits asked for, each missing one at its default; out of range is a 400 that says the range. */
    static PreviewLimits limits(Integer limit, Long timeoutMs) {
        try {
            return new PreviewLimits(limit == null ? PreviewLimits.DEFAULT_RECORDS : limit,
                    timeoutMs == null ? PreviewLimits.DEFAULT_TIMEOUT : Duration.ofMillis(timeoutMs));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
