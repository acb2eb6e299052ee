package org.civicbot.bot.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.bot.outbox.OutboxRepository;
import org.civicbot.bot.outbox.Reply;
import org.civicbot.bot.outbox.ReplyKind;
import org.civicbot.bot.publicpages.CaseFixtures;
import org.civicbot.bot.support.ApiClient;
import org.civicbot.bot.support.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Status changes reach every citizen whose message is on the case, once each, through their channel. */
class StatusNotificationsTest extends IntegrationTestBase {

    @Autowired
    OutboxRepository outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CivicbotProperties properties;

    private CaseFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CaseFixtures(api);
    }

    @Test
    void aStatusChangeIsSentOnceToEachCitizenMessageOnTheCase() {
        JsonNode kase = fixtures.openCase("status-first", "Gatlampan på Rosenborgsgatan 3 är trasig");
        String number = kase.get("number").asString();
        long first = messageOf(number);
        long second = attach(api.simulateAccepted("status-second", "samma sak som förra veckan"), kase);

        fixtures.changeStatus(number, "IN_PROGRESS", "Anna", "Elektriker bokad till tisdag");

        assertThat(statusUpdates(first)).singleElement().satisfies(reply -> {
            assertThat(reply.replyKey()).matches("message-" + first + "-status-\\d+");
            assertThat(reply.channel()).isEqualTo("simulator");
            assertThat(reply.recipientRef()).isEqualTo("status-first");
        });
        assertThat(statusUpdates(second)).singleElement().satisfies(reply ->
                assertThat(reply.recipientRef()).isEqualTo("status-second"));
        String text = awaitStatusUpdates("status-first", 1).get(0);
        assertThat(text).isEqualTo("Ärende " + number + " (Gatubelysning) handläggs nu. Följ det här: "
                + trackingUrl(kase)).doesNotContain("Elektriker", "Anna");
        assertThat(awaitStatusUpdates("status-second", 1)).hasSize(1);
    }

    @Test
    void eachChangeIsItsOwnUpdateAndClosingIsSilent() {
        JsonNode kase = fixtures.openCase("status-each", "Gatlampan på Sandbäcksgatan 3 är trasig");
        String number = kase.get("number").asString();
        long message = messageOf(number);

        fixtures.changeStatus(number, "WAITING_FOR_CITIZEN", "Anna", "Internt: kolla med Ellevio om stolpnumret");
        fixtures.changeStatus(number, "IN_PROGRESS", "Anna", null);
        fixtures.changeStatus(number, "RESOLVED", "Anna", null);
        fixtures.changeStatus(number, "CLOSED", "Anna", null);

        assertThat(statusUpdates(message)).hasSize(3);
        List<String> texts = awaitStatusUpdates("status-each", 3);
        assertThat(texts.get(0)).startsWith("Vi behöver fler uppgifter från dig för ärende " + number)
                .doesNotContain("Ellevio", "stolpnumret");
        assertThat(texts.get(1)).contains("handläggs nu");
        assertThat(texts.get(2)).startsWith("Ärende " + number + " (Gatubelysning) är åtgärdat.")
                .endsWith(trackingUrl(kase) + "/feedback");
    }

    @Test
    void aMergedCasesCitizenIsToldWhichCaseItJoinedAndThenHearsOfThatOne() {
        JsonNode target = fixtures.openCase("status-target", "Gatlampan på Karlsgatan 3 är trasig");
        JsonNode duplicate = fixtures.openCase("status-duplicate", "Gatlampan på Fredsgatan 3 är trasig");
        String into = target.get("number").asString();

        assertThat(api.postJson("/api/cases/" + duplicate.get("number").asString() + "/merge",
                "{\"into\": \"" + into + "\", \"actor\": \"Anna\", \"note\": \"Samma stolpe\"}").statusCode())
                .isEqualTo(200);

        assertThat(awaitStatusUpdates("status-duplicate", 1)).singleElement().isEqualTo("Ärende "
                + duplicate.get("number").asString() + " gäller samma sak som ärende " + into
                + " och har slagits ihop med det. Följ det ärendet här: " + trackingUrl(target));
        assertThat(api.get("/t/" + duplicate.get("trackingToken").asString()).body())
                .contains("Sammanslaget med ett annat ärende",
                        "href=\"/t/" + target.get("trackingToken").asString() + "\"")
                .doesNotContain("Samma stolpe", "Anna");

        fixtures.changeStatus(into, "RESOLVED", "Anna", null);

        assertThat(awaitStatusUpdates("status-duplicate", 2).get(1))
                .startsWith("Ärende " + into + " (Gatubelysning) är åtgärdat.");
        assertThat(awaitStatusUpdates("status-target", 1)).singleElement().asString()
                .startsWith("Ärende " + into + " (Gatubelysning) är åtgärdat.");
    }

    @Test
    void aCitizenWhoWroteInEnglishIsToldInEnglish() {
        JsonNode kase = fixtures.openCase("status-english", "Gatlampan på Lantvärnsgatan 3 är trasig");
        String number = kase.get("number").asString();
        jdbc.sql("UPDATE message SET language = 'en' WHERE id = :id").param("id", messageOf(number)).update();

        fixtures.changeStatus(number, "IN_PROGRESS", "Anna", null);

        assertThat(awaitStatusUpdates("status-english", 1)).singleElement().isEqualTo(
                "Case " + number + " (Street lighting) is now being worked on. Follow it: " + trackingUrl(kase));
    }

    private List<Reply> statusUpdates(long messageId) {
        return outbox.forMessage(messageId).stream().filter(reply -> reply.kind() == ReplyKind.STATUS_UPDATE).toList();
    }

    /** The status updates the simulator delivered to the sender, oldest first, once there are {@code count}. */
    private List<String> awaitStatusUpdates(String sender, int count) {
        AtomicReference<List<String>> texts = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            JsonNode lines = ApiClient.json(api.get("/api/simulator/conversations/" + sender)).get("lines");
            texts.set(lines.valueStream().filter(line -> "OUT".equals(line.get("direction").asString()))
                    .filter(line -> "STATUS_UPDATE".equals(line.get("kind").asString()))
                    .map(line -> line.get("text").asString()).toList());
            return texts.get().size() >= count;
        });
        return texts.get();
    }

    private long messageOf(String number) {
        return jdbc.sql("SELECT m.id FROM message m JOIN \"case\" c ON c.id = m.case_id WHERE c.number = :number")
                .param("number", number)
                .query(Long.class)
                .single();
    }

    /** Another citizen's message joins the case, as a duplicate report would. */
    private long attach(long messageId, JsonNode kase) {
        api.awaitDecided(messageId, Duration.ofSeconds(10));
        jdbc.sql("UPDATE message SET case_id = :caseId WHERE id = :id")
                .param("caseId", kase.get("id").asLong())
                .param("id", messageId)
                .update();
        return messageId;
    }

    private String trackingUrl(JsonNode kase) {
        return properties.publicBaseUrl() + "/t/" + kase.get("trackingToken").asString();
    }
}
