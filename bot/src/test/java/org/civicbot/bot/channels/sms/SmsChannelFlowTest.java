package org.civicbot.bot.channels.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;


import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.civicbot.bot.message.MessageRepository;
import org.civicbot.bot.outbox.OutboxDispatcher;
import org.civicbot.bot.support.ApiClient;
import org.civicbot.bot.support.IntegrationTestBase;
import org.civicbot.bot.support.TestPhotos;
import org.civicbot.bot.support.MutableClock;
import org.civicbot.classifier.geocoding.Gazetteer;
import org.civicbot.classifier.location.GeoPoint;
import org.civicbot.connectors.signature.HmacSignature;
import org.civicbot.connectors.sms.SmsConnector;
import org.civicbot.connectors.sms.SmsSegments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The SMS/MMS channel in the running bot with both providers, each faked: Twilio's and 46elks' documented
 * incoming-message webhooks (this run's ids and numbers; Twilio's signed with the auth token over the public
 * URL, 46elks' with our basic credentials) are stored once, classified and answered through the provider they
 * came by, with that provider's credentials; a forged or missing signature stores nothing; a rate limit or an
 * outage only delays the reply.
 */
class SmsChannelFlowTest extends IntegrationTestBase {

    private static final WireMockServer TWILIO = new WireMockServer(wireMockConfig().dynamicPort());
    private static final WireMockServer ELKS = new WireMockServer(wireMockConfig().dynamicPort());
    /** Twilio signs the URL it calls: the public one, as a proxy in front of civicbot would have it. */
    private static final String PUBLIC_BASE_URL = "https://kommun.example.se";
    private static final String ACCOUNT_SID = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
    private static final String AUTH_TOKEN = "kommun-twilio-auth-token-7f3a9c1e";
    private static final String TWILIO_NUMBER = "+46766861004";
    private static final String ELKS_USER = "u2c0d7a9b1e4f3a6c5d8e7f0a1b2c3d4e";
    private static final String ELKS_PASSWORD = "kommun-46elks-api-password";
    private static final String ELKS_NUMBER = "+46766860000";
    private static final String WEBHOOK_USER = "civicbot";
    private static final String WEBHOOK_PASSWORD = "k7Qx-93fz-LmWp-20Te";
    private static final String MESSAGES_API = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";
    private static final String ELKS_SMS_API = "/a1/sms";
    private static final String FIXTURES = "../connectors/src/test/resources/sms/";
    private static final Duration DECIDED_WITHIN = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final GeoPoint STORGATAN_12 = Gazetteer.demo().addresses("Storgatan").stream()
            .filter(address -> address.number().equals("12")).findFirst().orElseThrow().point();

    @DynamicPropertySource
    static void fakeProviders(DynamicPropertyRegistry registry) {
        TWILIO.start();
        ELKS.start();
        registry.add("civicbot.public-base-url", () -> PUBLIC_BASE_URL);
        registry.add("civicbot.channels.sms.twilio.account-sid", () -> ACCOUNT_SID);
        registry.add("civicbot.channels.sms.twilio.auth-token", () -> AUTH_TOKEN);
        registry.add("civicbot.channels.sms.twilio.from-number", () -> TWILIO_NUMBER);
        registry.add("civicbot.channels.sms.twilio.base-url", TWILIO::baseUrl);
        registry.add("civicbot.channels.sms.elks.api-username", () -> ELKS_USER);
        registry.add("civicbot.channels.sms.elks.api-password", () -> ELKS_PASSWORD);
        registry.add("civicbot.channels.sms.elks.from-number", () -> ELKS_NUMBER);
        registry.add("civicbot.channels.sms.elks.webhook-username", () -> WEBHOOK_USER);
        registry.add("civicbot.channels.sms.elks.webhook-password", () -> WEBHOOK_PASSWORD);
        registry.add("civicbot.channels.sms.elks.base-url", ELKS::baseUrl);
    }

    @AfterAll
    static void stopProviders() {
        TWILIO.stop();
        ELKS.stop();
    }

    @LocalServerPort
    private int port;
    @Autowired
    private SmsConnector sms;
    @Autowired
    private MessageRepository messages;
    @Autowired
    private OutboxDispatcher outbox;
    @Autowired
    private MutableClock clock;
    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void providersAccept() {
        TWILIO.resetAll();
        ELKS.resetAll();
        TWILIO.stubFor(twilioSend().willReturn(created("twilio-message-created.json")));
        ELKS.stubFor(elksSend().willReturn(created("46elks-sms-created.json")));
    }

    @Test
    void theChannelIsOnWithBothProvidersAndTheirWebhooksInHealth() {
        assertThat(sms.status().enabled()).isTrue();
        assertThat(sms.status().detail()).contains("twilio", "46elks").doesNotContain(TWILIO_NUMBER);

        JsonNode health = ApiClient.json(api.get("/actuator/health"));

        assertThat(health.toString()).contains("/webhooks/sms/twilio", "/webhooks/sms/46elks");
    }

    @Test
    void aTwilioSmsIsClassifiedAndAnsweredThroughTwilioOnceEvenIfDeliveredTwice() {
        String citizen = newNumber();
        LinkedHashMap<String, String> sms = twilioSms(citizen, "Gatlampan utanför Storgatan 12 är trasig");

        HttpResponse<String> answer = deliverToTwilioWebhook(sms);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/xml"));
        assertThat(answer.body()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>");
        long id = messages.findIdByExternalId("sms", sms.get("MessageSid")).orElseThrow();
        JsonNode message = api.awaitDecided(id, DECIDED_WITHIN);
        assertThat(message.get("state").asString()).isEqualTo("CASE_OPENED");
        String caseNumber = message.get("caseNumber").asString();
        TWILIO.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES_API))
                .withBasicAuth(new BasicCredentials(ACCOUNT_SID, AUTH_TOKEN))
                .withFormParam("To", equalTo(citizen))
                .withFormParam("From", equalTo(TWILIO_NUMBER))
                .withFormParam("Body", containing(caseNumber)));
        assertThat(replyColumn(id, "platform_message_id")).isEqualTo("SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");

        // Twilio delivers the same signed request again (a replay, or a retry after a lost 200): stored once.
        assertThat(deliverToTwilioWebhook(sms).statusCode()).isEqualTo(200);
        assertThat(messages.findIdByExternalId("sms", sms.get("MessageSid"))).contains(id);
        outbox.sendDue();
        TWILIO.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES_API)).withFormParam("To", equalTo(citizen)));
        ELKS.verify(0, postRequestedFor(urlPathEqualTo(ELKS_SMS_API)));
    }

    @Test
    void a46elksQuestionIsAnsweredFromTheWikiThrough46elksWithinThreeSegments() {
        String citizen = newNumber();
        LinkedHashMap<String, String> sms = elksSms(citizen);

        HttpResponse<String> answer = deliverTo46elksWebhook(sms, WEBHOOK_USER, WEBHOOK_PASSWORD);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).as("46elks would text a body back to the citizen").isEmpty();
        long id = messages.findIdByExternalId("sms", sms.get("id")).orElseThrow();
        JsonNode message = api.awaitDecided(id, DECIDED_WITHIN);
        assertThat(message.get("state").asString()).isEqualTo("ANSWERED");
        String reply = message.at("/replies/0/text").asString();
        assertThat(reply).contains(PUBLIC_BASE_URL + "/wiki/sophamtning-och-hamtdagar");
        assertThat(SmsSegments.count(reply)).isLessThanOrEqualTo(3);
        ELKS.verify(1, postRequestedFor(urlPathEqualTo(ELKS_SMS_API))
                .withBasicAuth(new BasicCredentials(ELKS_USER, ELKS_PASSWORD))
                .withFormParam("from", equalTo(ELKS_NUMBER))
                .withFormParam("to", equalTo(citizen))
                .withFormParam("message", equalTo(reply)));
        TWILIO.verify(0, postRequestedFor(urlPathEqualTo(MESSAGES_API)));
    }

    @Test
    void anMmsPhotosGpsTagsGiveThePositionAndOnlyItsReferenceIsStored() {
        String sid = "MM" + UUID.randomUUID().toString().replace("-", "");
        String mediaPath = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages/" + sid + "/Media/ME0a1b2c3d4e5f60718293a4b5c6d7e8f9";
        TWILIO.stubFor(get(urlPathEqualTo(mediaPath)).willReturn(aResponse()
                .withHeader("Content-Type", "image/jpeg").withBody(TestPhotos.jpegTakenAt(STORGATAN_12))));
        LinkedHashMap<String, String> mms = form("twilio-incoming-mms.form");
        mms.replaceAll((name, value) -> value.replace("MM4a1f6b2c8d9e0f1a2b3c4d5e6f7a8b9c", sid)
                .replace("https://api.twilio.com", TWILIO.baseUrl()));
        mms.put("From", newNumber());
        mms.put("Body", "Trasig gatlampa, se bild");

        assertThat(deliverToTwilioWebhook(mms).statusCode()).isEqualTo(200);
        JsonNode message = api.awaitDecided(messages.findIdByExternalId("sms", sid).orElseThrow(), DECIDED_WITHIN);

        assertThat(message.at("/position/source").asString()).isEqualTo("PHOTO_EXIF");
        assertThat(message.at("/location/normalized").asString()).isEqualTo("Storgatan 12");
        TWILIO.verify(getRequestedFor(urlPathEqualTo(mediaPath)).withBasicAuth(new BasicCredentials(ACCOUNT_SID, AUTH_TOKEN)));
        assertThat(jdbc.sql("SELECT attachments->0 FROM message WHERE id = ?").param(message.get("id").asLong())
                .query(String.class).single())
                .contains("\"mediaType\": \"image/jpeg\"", mediaPath).doesNotContain("content");
    }

    @Test
    void aMissingOrForgedSignatureOrPasswordStoresNothing() {
        LinkedHashMap<String, String> twilioSms = twilioSms(newNumber(), "Gatlampan utanför Storgatan 12 är trasig");
        String forged = twilioSignature("another-accounts-auth-token", twilioSms);
        LinkedHashMap<String, String> elksSms = elksSms(newNumber());

        assertThat(postForm("/webhooks/sms/twilio", encode(twilioSms), Map.of()).statusCode()).isEqualTo(401);
        assertThat(postForm("/webhooks/sms/twilio", encode(twilioSms), Map.of("X-Twilio-Signature", forged)).statusCode())
                .isEqualTo(403);
        assertThat(postForm("/webhooks/sms/46elks", encode(elksSms), Map.of()).statusCode()).isEqualTo(401);
        assertThat(deliverTo46elksWebhook(elksSms, WEBHOOK_USER, "guessed").statusCode()).isEqualTo(403);

        assertThat(messages.findIdByExternalId("sms", twilioSms.get("MessageSid"))).isEmpty();
        assertThat(messages.findIdByExternalId("sms", elksSms.get("id"))).isEmpty();
    }

    @Test
    void aMalformedDeliveryIs400AndAStatusCallbackOrDeliveryReportIs200AndIgnored() {
        LinkedHashMap<String, String> withoutSid = twilioSms(newNumber(), "Hej");
        withoutSid.remove("MessageSid");

        assertThat(deliverToTwilioWebhook(withoutSid).statusCode()).isEqualTo(400);
        assertThat(deliverToTwilioWebhook(form("twilio-status-callback.form")).statusCode()).isEqualTo(200);
        assertThat(deliverTo46elksWebhook(form("46elks-delivery-report.form"), WEBHOOK_USER, WEBHOOK_PASSWORD)
                .statusCode()).isEqualTo(200);
        assertThat(messages.findIdByExternalId("sms", "SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")).isEmpty();
        assertThat(messages.findIdByExternalId("sms", "s17a6dafb12d6b1cabc053d57dac2b9d8")).isEmpty();
    }

    @Test
    void aRateLimitedTwilioReplyGoesOutOnceTwiliosWaitIsOver() {
        TWILIO.stubFor(twilioSend().inScenario("limited").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")
                        .withHeader("Content-Type", "application/json").withBody(fixture("twilio-error-20429.json")))
                .willSetStateTo("open"));
        TWILIO.stubFor(twilioSend().inScenario("limited").whenScenarioStateIs("open")
                .willReturn(created("twilio-message-created.json")));
        LinkedHashMap<String, String> sms = twilioSms(newNumber(), "Vattenläcka på Drottninggatan 7");

        deliverToTwilioWebhook(sms);
        long id = messages.findIdByExternalId("sms", sms.get("MessageSid")).orElseThrow();
        JsonNode waiting = awaitReplyAttempted(id);
        assertThat(waiting.at("/replies/0/state").asString()).isEqualTo("PENDING");
        assertThat(replyColumn(id, "last_error")).contains("HTTP 429", "20429").doesNotContain(sms.get("From"));

        clock.advance(Duration.ofSeconds(60));
        outbox.sendDue();
        TWILIO.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES_API)));

        clock.advance(Duration.ofSeconds(61));
        outbox.sendDue();
        assertThat(api.awaitDecided(id, DECIDED_WITHIN).at("/replies/0/state").asString()).isEqualTo("SENT");
        TWILIO.verify(2, postRequestedFor(urlPathEqualTo(MESSAGES_API)));
    }

    @Test
    void a46elksOutageDelaysTheReplyWithoutLosingIt() {
        ELKS.stubFor(elksSend().inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("Service Unavailable")).willSetStateTo("down again"));
        ELKS.stubFor(elksSend().inScenario("outage").whenScenarioStateIs("down again")
                .willReturn(aResponse().withStatus(500).withBody("Internal Server Error")).willSetStateTo("recovered"));
        ELKS.stubFor(elksSend().inScenario("outage").whenScenarioStateIs("recovered")
                .willReturn(created("46elks-sms-created.json")));
        LinkedHashMap<String, String> sms = elksSms(newNumber());

        deliverTo46elksWebhook(sms, WEBHOOK_USER, WEBHOOK_PASSWORD);
        long id = messages.findIdByExternalId("sms", sms.get("id")).orElseThrow();
        awaitReplyAttempted(id);
        await().atMost(DECIDED_WITHIN).untilAsserted(() -> {
            clock.advance(Duration.ofMinutes(2));
            outbox.sendDue();
            ELKS.verify(3, postRequestedFor(urlPathEqualTo(ELKS_SMS_API)));
        });

        JsonNode message = api.awaitDecided(id, DECIDED_WITHIN);
        assertThat(message.at("/replies/0/state").asString()).isEqualTo("SENT");
        assertThat(message.at("/replies/0/attempts").asInt()).isEqualTo(3);
        assertThat(replyColumn(id, "platform_message_id")).isEqualTo("s17a6dafb12d6b1cabc053d57dac2b9d8");
    }

    /** Twilio's documented incoming SMS from this citizen with a new MessageSid and this text. */
    private static LinkedHashMap<String, String> twilioSms(String from, String text) {
        LinkedHashMap<String, String> sms = form("twilio-incoming-sms.form");
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        sms.replaceAll((name, value) -> value.replace("SM8f2a3b4c5d6e7f8091a2b3c4d5e6f708", sid));
        sms.put("From", from);
        sms.put("Body", text);
        return sms;
    }

    /** 46elks' documented incoming SMS (a question the demo wiki answers) from this citizen with a new id. */
    private static LinkedHashMap<String, String> elksSms(String from) {
        LinkedHashMap<String, String> sms = form("46elks-incoming-sms.form");
        sms.put("id", "s" + UUID.randomUUID().toString().replace("-", ""));
        sms.put("from", from);
        return sms;
    }

    /** Each test its own citizen, so one test's replies never count in another's. */
    private static String newNumber() {
        return "+4670" + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
    }

    private HttpResponse<String> deliverToTwilioWebhook(Map<String, String> fields) {
        return postForm("/webhooks/sms/twilio", encode(fields), Map.of("X-Twilio-Signature", twilioSignature(AUTH_TOKEN, fields)));
    }

    private HttpResponse<String> deliverTo46elksWebhook(Map<String, String> fields, String user, String password) {
        String credentials = Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return postForm("/webhooks/sms/46elks", encode(fields), Map.of("Authorization", "Basic " + credentials));
    }

    /**
     * {@code X-Twilio-Signature} as Twilio computes it: HMAC-SHA1 with the auth token over the public URL
     * followed by every form field's name and value, sorted by name; base64.
     */
    private static String twilioSignature(String authToken, Map<String, String> fields) {
        StringBuilder signed = new StringBuilder(PUBLIC_BASE_URL + "/webhooks/sms/twilio");
        new TreeMap<>(fields).forEach((name, value) -> signed.append(name).append(value));
        return new HmacSignature(HmacSignature.HMAC_SHA1, authToken)
                .signBase64(signed.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A form POST as the providers make it. */
    private HttpResponse<String> postForm(String path, String form, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A column of the message's (one) reply row, as the outbox wrote it. */
    private String replyColumn(long messageId, String column) {
        return jdbc.sql("SELECT " + column + " FROM reply WHERE message_id = ?").param(messageId)
                .query(String.class).single();
    }

    /** Waits until the pipeline decided the message and the outbox tried its reply once. */
    private JsonNode awaitReplyAttempted(long id) {
        return await().atMost(DECIDED_WITHIN).until(() -> ApiClient.json(api.get("/api/messages/" + id)),
                message -> message.at("/replies/0/attempts").asInt() >= 1);
    }

    private static MappingBuilder twilioSend() {
        return post(urlPathEqualTo(MESSAGES_API));
    }

    private static MappingBuilder elksSend() {
        return post(urlPathEqualTo(ELKS_SMS_API));
    }

    private static ResponseDefinitionBuilder created(String fixture) {
        return aResponse().withStatus(fixture.startsWith("twilio") ? 201 : 200)
                .withHeader("Content-Type", "application/json").withBody(fixture(fixture));
    }

    /** A form fixture's fields in order: one {@code name=value} a line, {@code #} lines are comments. */
    private static LinkedHashMap<String, String> form(String name) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        for (String line : fixture(name).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                fields.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        return fields;
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String fixture(String name) {
        try {
            return Files.readString(Path.of(FIXTURES + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
