/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.ssl;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Checks certificate chains like the trust manager it wraps but never the host name. The JDK's HTTP client always
 * asks for HTTPS host name verification, which it runs inside the trust manager; this is how
 * {@code ssl.endpoint.identification.algorithm=} (empty) turns it off, as it does for Apache's worker.
 */
final class HostnameIgnoringTrustManager extends X509ExtendedTrustManager {

    private final X509TrustManager delegate;

    private HostnameIgnoringTrustManager(X509TrustManager delegate) {
        this.delegate = delegate;
    }

    /** The same trust managers, the X.509 ones wrapped. */
    static TrustManager[] wrap(TrustManager[] managers) {
        TrustManager[] wrapped = new TrustManager[managers.length];
        for (int i = 0; i < managers.length; i++) {
            wrapped[i] = managers[i] instanceof X509TrustManager x509
                    ? new HostnameIgnoringTrustManager(x509) : managers[i];
        }
        return wrapped;
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        delegate.checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        delegate.checkClientTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        delegate.checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        delegate.checkServerTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }
}
