/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.connect.rest.entities.ErrorMessage;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors the HTTP server answers before a request reaches the REST resources (a URI it refuses, such as one with an
 * encoded {@code /} or {@code ..}; a URI or headers too long; a request it cannot parse) get the same
 * {@code {"error_code","message"}} JSON body as every other error, for every method, instead of Jetty's HTML page
 * (and no body at all for PUT and DELETE).
 */
final class JsonErrorHandler extends ErrorHandler {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpField JSON_CONTENT_TYPE = new HttpField(HttpHeader.CONTENT_TYPE, "application/json");

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                                                 String contentType, List<Charset> charsets, int code, String message,
                                                 Throwable cause) {
        byte[] body = body(code, message);
        response.getHeaders().put(JSON_CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(JSON_CONTENT_TYPE);
        return ByteBuffer.wrap(body(status, reason));
    }

    private static byte[] body(int code, String message) {
        String text = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
        if (code == HttpStatus.BAD_REQUEST_400 && text.equals(HttpStatus.getMessage(code))) {
            // Jetty gives no reason for some URIs it cannot decode (%00, %zz, ".." above the root): say where to look.
            text += ": the request line or a header is not valid HTTP; check the URI's %-escapes and '..' segments";
        }
        try {
            return JSON.writeValueAsBytes(new ErrorMessage(code, "Request refused by the HTTP server: " + text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
