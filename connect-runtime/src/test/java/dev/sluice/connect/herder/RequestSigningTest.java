/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sluice.connect.domain.SessionKey;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Internal requests are signed as Apache Kafka Connect 4.3.1 signs them: the vector below is a task-config request
 * a 4.3.1 follower sent to its leader, with the session key the leader had written to the config topic.
 */
class RequestSigningTest {

    private static final SessionKey KEY = new SessionKey(new SecretKeySpec(
            Base64.getDecoder().decode("OLwCNAmVPlp/UNfdsIjXzjS792ht8tX0YOiDU3MD9HE="), "HmacSHA256"), 1L);
    private static final byte[] BODY = ("[{\"connector.class\":\"FileStreamSource\",\"file\":\"/work/scratch/observed/"
            + "work/in.txt\",\"task.class\":\"org.apache.kafka.connect.file.FileStreamSourceTask\",\"tasks.max\":\"1\","
            + "\"name\":\"a2\",\"topic\":\"t2\"}]").getBytes(StandardCharsets.UTF_8);
    private static final String APACHE_SIGNATURE = "2PKaM/9YQI6F5G1g2D+ND+O8dRJgPVvoHjgfpe6OhJ4=";

    private final RequestSigning signing = new RequestSigning("HmacSHA256", List.of("HmacSHA256"));

    @Test
    void signsTheBodyLikeApache() {
        assertEquals(191, BODY.length);
        RequestSignature signature = signing.sign(KEY, BODY);
        assertEquals("HmacSHA256", signature.algorithm());
        assertEquals(APACHE_SIGNATURE, signature.signature());
    }

    @Test
    void acceptsApachesSignature() {
        signing.verify(KEY, new RequestSignature(BODY, "HmacSHA256", APACHE_SIGNATURE));
    }

    @Test
    void aMissingSignatureIsABadRequest() {
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> signing.verify(KEY, new RequestSignature(BODY, null, null)));
        assertEquals("Internal request missing required signature", e.getMessage());
    }

    @Test
    void aWrongSignatureIsRefused() {
        InvalidSignatureException e = assertThrows(InvalidSignatureException.class, () -> signing.verify(KEY,
                new RequestSignature("[]".getBytes(StandardCharsets.UTF_8), "HmacSHA256", APACHE_SIGNATURE)));
        assertEquals("Internal request contained invalid signature.", e.getMessage());
    }

    @Test
    void algorithmsOutsideTheVerificationListAreNamed() {
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> signing.verify(KEY, new RequestSignature(BODY, "HmacSHA1", APACHE_SIGNATURE)));
        assertEquals("This worker does not support the 'HmacSHA1' key signing algorithm used by other workers. This"
                + " worker is currently configured to use: [HmacSHA256]. Check that all workers' configuration files"
                + " permit the same set of signature algorithms, and correct any misconfigured worker and restart"
                + " it.", e.getMessage());
        BadRequestException unknown = assertThrows(BadRequestException.class,
                () -> signing.verify(KEY, new RequestSignature(BODY, "Bogus", APACHE_SIGNATURE)));
        assertEquals("Algorithm Bogus not available", unknown.getMessage());
    }

    @Test
    void signatureThatIsNotBase64IsABadRequest() {
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> signing.verify(KEY, new RequestSignature(BODY, "HmacSHA256", "!!!notbase64")));
        assertEquals("Illegal base64 character 21", e.getMessage());
    }
}
