package org.evidencedesk.web.access;

import static org.evidencedesk.web.access.MatrixObjects.OTHER_COURT_CASE;
import static org.evidencedesk.web.access.MatrixObjects.RESPONDENT_COURT_ONLY;
import static org.evidencedesk.web.access.MatrixObjects.TRADE_SECRET_CASE;

import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequestGenerator;

/** The rows that POST to a servlet: a time-stamping query, an OCSP request, and bundle exports as the export page posts them or otherwise. */
public final class ServletProbes {

    private final Matrix matrix;
    private final Answers answers;

    public ServletProbes(Matrix matrix, Answers answers) {
        this.matrix = matrix;
        this.answers = answers;
    }

    public void register(Map<String, Probe> probes) {
        MatrixObjects objects = matrix.objects();
        probes.put("POST /tsa with an RFC 3161 query", this::timestamp);
        probes.put("POST /pki/ocsp with an OCSP request", this::ocsp);
        probes.put("POST /evidence/bundle/{trade-secret case} select=all, as the export page posts it",
                who -> bundle(who, Map.of("select", "all"), true));
        probes.put("POST /evidence/bundle/{trade-secret case} select=all, without the page's session token",
                who -> bundle(who, Map.of("select", "all"), false));
        probes.put("POST /evidence/bundle/{trade-secret case} select=hand item={respondent court-only item}, as the export page posts it",
                who -> bundle(who, Map.of("select", "hand", "item", String.valueOf(objects.id(RESPONDENT_COURT_ONLY))), true));
        probes.put("POST /evidence/bundle/{case of another court} select=all, with the trade-secret case's page fields", who -> {
            Map<String, String> form = new LinkedHashMap<>(matrix.desk().exportFormFields(who, objects.id(TRADE_SECRET_CASE)));
            form.put("select", "all");
            return answers.bundle(who, matrix.client(who).post("evidence/bundle/" + objects.id(OTHER_COURT_CASE), form));
        });
    }

    private Observed timestamp(Capacity who) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(("matrix " + who).getBytes(StandardCharsets.UTF_8));
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        byte[] query = generator.generate(TSPAlgorithms.SHA256, digest, BigInteger.valueOf(System.nanoTime())).getEncoded();
        HttpResponse<byte[]> reply = matrix.client(who).post("tsa", "application/timestamp-query", query);
        String type = reply.headers().firstValue("Content-Type").orElse("");
        return reply.statusCode() == 200 && type.equals("application/timestamp-reply") ? Observed.as(Outcome.SHOWN, "200 " + type)
                : Observed.unexpected(reply.statusCode() + " " + type);
    }

    /** A request about serial 1 of the time-stamping CA: answered (status unknown), whoever asks. */
    private Observed ocsp(Capacity who) throws Exception {
        byte[] ca = matrix.client(who).getBytes("pki/time-stamping-ca.crt").body();
        CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                new X509CertificateHolder(ca), BigInteger.ONE);
        HttpResponse<byte[]> reply = matrix.client(who).post("pki/ocsp", "application/ocsp-request",
                new OCSPReqBuilder().addRequest(id).build().getEncoded());
        String type = reply.headers().firstValue("Content-Type").orElse("");
        return reply.statusCode() == 200 && type.equals("application/ocsp-response") && new OCSPResp(reply.body()).getStatus() == 0
                ? Observed.as(Outcome.SHOWN, "200 " + type) : Observed.unexpected(reply.statusCode() + " " + type);
    }

    private Observed bundle(Capacity who, Map<String, String> selection, boolean withPageFields) throws Exception {
        long caseId = matrix.objects().id(TRADE_SECRET_CASE);
        return answers.bundle(who, matrix.desk().exportBundle(who, caseId, selection, withPageFields));
    }
}
