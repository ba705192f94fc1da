package org.evidencedesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Flow;
import org.evidencedesk.shared.Phrase;

/**
 * One file's way onto the record, resumable: its SHA-256 and idempotency key, then {@code GET .../submissions/{key}}
 * so a file the server already has is never sent again, then the raw body streamed from disk with its
 * {@code Content-Digest} (RFC 9530) and the metadata, and last the receipt checked against the pinned root. A file
 * that fails ends as {@code FAILED} with the reason; it never stops the others.
 */
final class Submission {

    /** Metadata larger than this goes in a second request, not in a header a proxy might cut. */
    private static final int LARGEST_METADATA_HEADER = 4096;

    private final Api api;
    private final long caseId;
    private final ReceiptCheck receipts;
    private final Progress progress;
    private final Texts texts;

    Submission(Api api, long caseId, ReceiptCheck receipts, Progress progress, Texts texts) {
        this.api = api;
        this.caseId = caseId;
        this.receipts = receipts;
        this.progress = progress;
        this.texts = texts;
    }

    SubmittedFile submit(LocalFile file, Optional<ObjectNode> metadata) {
        String sha256;
        try {
            sha256 = file.sha256();
        } catch (IOException e) {
            return report(file, SubmittedFile.failed(file.relativePath(), null, null,
                    texts.say("cli.submit.unreadable", Api.reason(e))));
        }
        String key = SubmissionKey.of(caseId, file.relativePath(), sha256);
        try {
            return report(file, submit(file, metadata, sha256, key));
        } catch (CommandFailure e) {
            return report(file, SubmittedFile.failed(file.relativePath(), key, sha256, texts.say(e.phrase())));
        }
    }

    private SubmittedFile submit(LocalFile file, Optional<ObjectNode> metadata, String sha256, String key) {
        String path = "/cases/" + caseId + "/submissions/" + key;
        Answer known = api.get(path, "application/json");
        if (known.status() != 404) {
            JsonNode state = known.orFail().json();
            if ("REGISTERED".equals(Json.text(state, "state"))) {
                return proven(file, sha256, key, state, SubmittedFile.State.ALREADY_REGISTERED);
            }
        }
        if (metadata.isEmpty()) {
            return SubmittedFile.failed(file.relativePath(), key, sha256, texts.say("cli.submit.noMetadata", file.relativePath()));
        }
        String encoded = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Json.compact(metadata.get()).getBytes(StandardCharsets.UTF_8));
        Answer answer;
        if (known.status() == 404) {
            boolean inHeader = encoded.length() <= LARGEST_METADATA_HEADER;
            answer = send(file, sha256, path, inHeader ? Optional.of(encoded) : Optional.empty());
            if (answer.status() == 202) {
                answer = describe(path, metadata.get());
            }
        } else {
            // The server holds the content from an earlier run that ended before the metadata was registered.
            answer = describe(path, metadata.get());
        }
        answer.orFail();
        SubmittedFile.State state = answer.status() == 201 ? SubmittedFile.State.REGISTERED : SubmittedFile.State.ALREADY_REGISTERED;
        return proven(file, sha256, key, answer.json(), state);
    }

    private Answer describe(String path, ObjectNode metadata) {
        return api.put(path + "/metadata", Map.of("Content-Type", "application/json"),
                BodyPublishers.ofString(Json.compact(metadata), StandardCharsets.UTF_8));
    }

    private Answer send(LocalFile file, String sha256, String path, Optional<String> metadata) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)) + ":");
        headers.put("Content-Type", mediaType(file));
        headers.put("X-File-Name", Api.encoded(file.name()));
        metadata.ifPresent(value -> headers.put("X-Evidence-Metadata", value));
        progress.started(file.relativePath(), file.size());
        try {
            return api.put(path, headers, counted(file));
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.FAILED, "cli.submit.unreadable", Api.reason(e));
        }
    }

    /** The registered item and whether its receipt proves this file; the proof from the answer, else fetched. */
    private SubmittedFile proven(LocalFile file, String sha256, String key, JsonNode answer, SubmittedFile.State state) {
        JsonNode item = answer.has("item") ? answer.get("item") : answer;
        long itemId = item.has("id") ? item.get("id").asLong() : answer.path("itemId").asLong();
        String exhibit = Json.text(item, "exhibit");
        ReceiptProof proof = proof(answer, itemId);
        Optional<Phrase> problem = receipts.problem(proof, sha256);
        return new SubmittedFile(file.relativePath(), key, sha256, itemId, exhibit, state, problem.isEmpty(),
                problem.map(texts::say).orElse(null));
    }

    private ReceiptProof proof(JsonNode answer, long itemId) {
        if (answer.hasNonNull("receipt") && answer.hasNonNull("receiptSignature") && answer.hasNonNull("timestampToken")) {
            return new ReceiptProof(answer.get("receipt").asText().getBytes(StandardCharsets.UTF_8),
                    Base64.getMimeDecoder().decode(answer.get("receiptSignature").asText()),
                    Base64.getMimeDecoder().decode(answer.get("timestampToken").asText()));
        }
        String item = "/items/" + itemId;
        return new ReceiptProof(api.get(item + "/receipt", "*/*").orFail().body(),
                api.get(item + "/signature", "application/pkcs7-signature, */*").orFail().body(),
                api.get(item + "/token", "application/timestamp-token, application/timestamp-reply, */*").orFail().body());
    }

    private SubmittedFile report(LocalFile file, SubmittedFile result) {
        progress.finished(file.relativePath(), file.size(), Outcome.line(result, texts));
        return result;
    }

    private static String mediaType(LocalFile file) {
        try {
            return Optional.ofNullable(Files.probeContentType(file.path())).orElse("application/octet-stream");
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    /** The file streamed from disk as the request body, each block counted for the progress bars as it leaves. */
    private BodyPublisher counted(LocalFile file) throws IOException {
        BodyPublisher body = BodyPublishers.ofFile(file.path());
        String name = file.relativePath();
        return BodyPublishers.fromPublisher(subscriber -> body.subscribe(new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscriber.onSubscribe(subscription);
            }

            @Override
            public void onNext(ByteBuffer block) {
                progress.sent(name, block.remaining());
                subscriber.onNext(block);
            }

            @Override
            public void onError(Throwable error) {
                subscriber.onError(error);
            }

            @Override
            public void onComplete() {
                subscriber.onComplete();
            }
        }), body.contentLength());
    }
}
