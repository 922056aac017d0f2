/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Checks that a JSON request body is exactly one well-formed JSON value before Jackson binds it. Binding alone
 * lets a repeated key silently win over the first ({@code {"level":"INFO","level":"OFF"}}) and ignores whatever
 * follows the value ({@code {…} {…}} or {@code {…}garbage}); both are refused here as malformed JSON, with where
 * they are. The body is read whole, through {@link RequestBodyLimit}'s bound, and handed on unchanged.
 */
final class StrictJsonSyntax implements ReaderInterceptor {

    private static final JsonFactory STRICT = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return context.proceed();
        }
        byte[] body = readWhole(context.getInputStream());
        check(body);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static byte[] readWhole(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            // The client's doing (a broken chunk, a connection closed before the declared length), not the worker's.
            throw new RestException(400, "The request body could not be read (" + e.getMessage() + "): send the"
                    + " whole body, as long as its Content-Length says or in well-formed chunks", e);
        }
    }

    /** Walks every token once; an empty body passes, so the resource can say what it expected. */
    static void check(byte[] body) throws IOException {
        try (JsonParser parser = STRICT.createParser(body)) {
            try {
                if (parser.nextToken() == null) {
                    return;
                }
                parser.skipChildren();
                if (parser.nextToken() != null) {
                    throw new JsonParseException(parser, "Unexpected content after the end of the JSON value:"
                            + " a request body holds exactly one JSON value");
                }
            } catch (CharConversionException e) {
                // Bytes that are no text in the encoding Jackson detected (UTF-8, -16 or -32).
                throw new JsonParseException(parser, e.getMessage(), e);
            }
        }
    }
}
