package org.civicbot.bot.channels;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.civicbot.bot.api.BodySizeLimit;
import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.bot.ingest.IngestService;
import org.civicbot.connectors.InboundMessage;
import org.civicbot.connectors.webhook.WebhookReceiver;
import org.civicbot.connectors.webhook.WebhookRequest;
import org.civicbot.connectors.webhook.WebhookResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where platforms deliver: {@code GET|POST /webhooks/{path}}, one path per {@link WebhookReceiver}
 * ({@code facebook}, {@code telegram}, {@code sms/twilio}, …). The receiver checks the signature and reads the
 * platform's format; every message it finds is stored before the platform gets its 200, so an acknowledged
 * message is never lost. When storage is away the platform gets 503 and delivers again later.
 */
@RestController
class ChannelWebhookController {

    static final String PREFIX = "/webhooks/";
    /** Platforms' webhook bodies are a few kilobytes; a batch of Messenger events stays far below this. */
    static final long MAX_BODY_BYTES = 1024 * 1024;
    private static final int MAX_REMEMBERED_IGNORED = 200;

    private static final Logger log = LoggerFactory.getLogger(ChannelWebhookController.class);

    private final Map<String, WebhookReceiver> receivers = new TreeMap<>();
    private final IngestService ingest;
    private final String publicBaseUrl;
    /** Ignored event kinds are logged once each, so a platform's chatter does not flood the log. */
    private final Set<String> loggedIgnored = ConcurrentHashMap.newKeySet();

    ChannelWebhookController(List<WebhookReceiver> receivers, IngestService ingest, CivicbotProperties properties) {
        receivers.forEach(receiver -> {
            WebhookReceiver previous = this.receivers.put(receiver.path(), receiver);
            if (previous != null) {
                throw new IllegalStateException("Two webhook receivers for /webhooks/" + receiver.path());
            }
        });
        this.ingest = ingest;
        this.publicBaseUrl = properties.publicBaseUrl().replaceAll("/+$", "");
    }

    @RequestMapping(path = "/webhooks/**", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<?> receive(HttpServletRequest request) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length() + PREFIX.length());
        WebhookReceiver receiver = receivers.get(path);
        if (receiver == null) {
            return problem(HttpStatus.NOT_FOUND, "No channel is connected at " + PREFIX + shortened(path)
                    + (receivers.isEmpty() ? "; none is configured (docs/channels.md)"
                    : "; connected: " + String.join(", ", receivers.keySet().stream().map(p -> PREFIX + p).toList())));
        }
        WebhookRequest webhook;
        try {
            webhook = toWebhookRequest(request);
        } catch (BodySizeLimit.BodyTooLargeException e) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, "The form body cannot be decoded: " + e.getMessage());
        }
        WebhookResponse response = receiver.receive(webhook);
        if (response.isRefused()) {
            log.warn("Refused a {} webhook with {}: {}", receiver.path(), response.status(), response.detail());
            return problem(HttpStatus.valueOf(response.status()), response.detail());
        }
        if (response.messages().isEmpty() && response.body() == null && loggedIgnored.size() < MAX_REMEMBERED_IGNORED
                && loggedIgnored.add(receiver.path() + ": " + response.detail())) {
            log.info("Ignored a {} webhook event (logged once): {}", receiver.path(), response.detail());
        }
        try {
            for (InboundMessage message : response.messages()) {
                ingest.accept(message);
            }
        } catch (DataAccessException e) {
            log.error("Could not store a {} delivery; answering 503 so the platform delivers again: {}",
                    receiver.path(), e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                    .body(problemBody(HttpStatus.SERVICE_UNAVAILABLE,
                            "The message store is unavailable; deliver again later"));
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(response.status());
        if (response.body() == null) {
            return answer.build();
        }
        return answer.contentType(MediaType.parseMediaType(response.contentType())).body(response.body());
    }

    /**
     * The request as the platform made it: the public URL it called (signatures cover it), headers, the raw
     * body and the query and form parameters. The body is read here, never through the servlet's parameter
     * parsing, so the bytes a signature covers are exactly what arrived.
     */
    private WebhookRequest toWebhookRequest(HttpServletRequest request) throws IOException {
        byte[] body = request.getInputStream().readAllBytes();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        String query = request.getQueryString();
        addParameters(query, parameters);
        String contentType = request.getContentType();
        if (contentType != null && MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(contentType))) {
            addParameters(new String(body, StandardCharsets.UTF_8), parameters);
        }
        URI url = URI.create(publicBaseUrl + request.getRequestURI() + (query == null ? "" : "?" + query));
        return new WebhookRequest(request.getMethod(), url, headers, parameters, body);
    }

    private static void addParameters(String encoded, Map<String, List<String>> parameters) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problemBody(status, detail));
    }

    private static ProblemDetail problemBody(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle("Webhook " + status.getReasonPhrase().toLowerCase(Locale.ROOT));
        return problem;
    }

    private static String shortened(String path) {
        return path.length() <= 40 ? path : path.substring(0, 40) + "…";
    }
}
