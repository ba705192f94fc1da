package org.evidencedesk.signing.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.util.Base64;
import org.evidencedesk.signing.SigningKeys;

/** The root certificate as PEM, public: whoever verifies a token, receipt or bundle needs it. */
@WebServlet(urlPatterns = "/root-ca.pem")
public class RootCertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SigningKeys keys;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String pem;
        try {
            pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.rootCertificate().getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IOException("The root certificate cannot be encoded", e);
        }
        response.setContentType("application/x-pem-file");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + SigningKeys.ROOT_CERTIFICATE_DOWNLOAD + "\"");
        response.getOutputStream().write(pem.getBytes(StandardCharsets.US_ASCII));
    }
}
