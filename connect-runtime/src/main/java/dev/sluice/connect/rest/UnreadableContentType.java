/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.connect.rest.entities.ErrorMessage;
import jakarta.ws.rs.core.MediaType;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers a request whose Content-Type is no media type at all ({@code Content-Type: json}) with the same 415 and
 * JSON error as a body sent as text. Jersey's servlet reads that header before any of the application's filters
 * run and, when it cannot, answers a bare 400 without a body; this handler sits in front of the servlet.
 */
public final class UnreadableContentType extends Handler.Wrapper {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int UNSUPPORTED_MEDIA_TYPE = 415;

    /** Guards {@code handler}, the servlet context Jersey runs in. */
    public UnreadableContentType(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (contentType == null || readable(contentType)) {
            return super.handle(request, response, callback);
        }
        byte[] body = JSON.writeValueAsBytes(new ErrorMessage(UNSUPPORTED_MEDIA_TYPE, ErrorMapper.SEND_JSON));
        response.setStatus(UNSUPPORTED_MEDIA_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    // Jakarta's parser is Jersey's, so this refuses exactly what the servlet could not read.
    private static boolean readable(String contentType) {
        try {
            MediaType.valueOf(contentType);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
