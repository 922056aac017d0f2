/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over {@code rest.request.body.max.bytes} with 413 before anything parses them, so one
 * client cannot make the worker buffer an arbitrarily large body. A declared {@code Content-Length} (the HTTP server
 * has already refused one that is not a number) is checked at once, for every path; a chunked body is counted as it
 * is read and refused when it grows past the limit.
 */
@PreMatching
final class RequestBodyLimit implements ContainerRequestFilter {

    static final String SETTING = "rest.request.body.max.bytes";

    private final int maxBytes;

    RequestBodyLimit(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        // Read here rather than through getLength(), which fails with a 500 on a length beyond an int.
        String header = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        long declared = header == null ? -1 : declaredLength(header);
        if (declared > maxBytes) {
            throw tooLarge("Request body of " + declared + " bytes");
        }
        if (declared < 0) {
            request.setEntityStream(new Bounded(request.getEntityStream()));
        }
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            throw new RestException(400, "Invalid Content-Length header '" + header + "': it must be the number of"
                    + " bytes in the body");
        }
    }

    private RestException tooLarge(String body) {
        return new RestException(413, body + " is larger than the limit of " + maxBytes + " bytes (worker setting "
                + SETTING + "); send a smaller body, or raise the limit on every worker");
    }

    /** Counts what is read and fails once it passes the limit; reading stops there. */
    private final class Bounded extends FilterInputStream {

        private long count;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            // Never more than one byte past the limit, so a huge chunk is not read whole before it is refused.
            long allowed = maxBytes + 1L - count;
            int n = super.read(buffer, offset, (int) Math.min(length, Math.max(allowed, 1)));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) {
            count += n;
            if (count > maxBytes) {
                throw tooLarge("Request body (sent without Content-Length)");
            }
        }
    }
}
