/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import dev.sluice.connect.domain.SessionKey;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;

/**
 * Signs and verifies internal requests between workers the way KIP-507 has it: the MAC of the exact request body
 * under the cluster's session key, sent in Base64 with the name of the Mac algorithm.
 */
public final class RequestSigning {

    private final String signatureAlgorithm;
    private final List<String> verificationAlgorithms;

    /**
     * @param signatureAlgorithm     {@code inter.worker.signature.algorithm}
     * @param verificationAlgorithms {@code inter.worker.verification.algorithms}
     */
    public RequestSigning(String signatureAlgorithm, List<String> verificationAlgorithms) {
        this.signatureAlgorithm = signatureAlgorithm;
        this.verificationAlgorithms = List.copyOf(verificationAlgorithms);
    }

    /** The signature of {@code body} under {@code key}, with this worker's algorithm. */
    public RequestSignature sign(SessionKey key, byte[] body) {
        return new RequestSignature(body, signatureAlgorithm,
                Base64.getEncoder().encodeToString(mac(signatureAlgorithm, key, body)));
    }

    /**
     * Checks {@code signature} against {@code key}.
     *
     * @throws BadRequestException        when the signature is missing, malformed or uses an algorithm this worker
     *                                    does not accept
     * @throws InvalidSignatureException  when it does not match
     */
    public void verify(SessionKey key, RequestSignature signature) {
        if (signature == null || signature.signature() == null || signature.algorithm() == null) {
            throw new BadRequestException("Internal request missing required signature");
        }
        try {
            Mac.getInstance(signature.algorithm());
        } catch (NoSuchAlgorithmException e) {
            throw new BadRequestException(e.getMessage());
        }
        if (!verificationAlgorithms.contains(signature.algorithm())) {
            throw new BadRequestException("This worker does not support the '" + signature.algorithm()
                    + "' key signing algorithm used by other workers. This worker is currently configured to use: "
                    + verificationAlgorithms + ". Check that all workers' configuration files permit the same set of"
                    + " signature algorithms, and correct any misconfigured worker and restart it.");
        }
        byte[] presented;
        try {
            presented = Base64.getDecoder().decode(signature.signature());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        if (key == null || !MessageDigest.isEqual(presented, mac(signature.algorithm(), key, signature.body()))) {
            throw new InvalidSignatureException();
        }
    }

    private static byte[] mac(String algorithm, SessionKey key, byte[] body) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(key.key());
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
