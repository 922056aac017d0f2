/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

/**
 * The signature a worker put on an internal request (KIP-507): headers {@code X-Connect-Authorization} (Base64 of
 * the MAC of the exact request body under the session key) and {@code X-Connect-Request-Signature-Algorithm}.
 * Either part may be null when the request lacked it.
 *
 * @param body      the exact request body bytes the MAC covers
 * @param algorithm the Mac algorithm named by the request
 * @param signature the Base64 text of the MAC
 */
public record RequestSignature(byte[] body, String algorithm, String signature) {

    public static final String SIGNATURE_HEADER = "X-Connect-Authorization";
    public static final String ALGORITHM_HEADER = "X-Connect-Request-Signature-Algorithm";
}
