package org.civicbot.bot.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.civicbot.bot.open311.Open311Client.only;
import static org.civicbot.bot.open311.Open311Client.records;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.civicbot.bot.cases.Case;
import org.civicbot.bot.cases.CaseRepository;
import org.civicbot.bot.cases.CaseStatus;
import org.civicbot.bot.cases.CaseWorkflow;
import org.civicbot.bot.message.MessageRepository;
import org.civicbot.bot.support.ApiClient;
import org.civicbot.bot.support.IntegrationTestBase;
import org.civicbot.connectors.Channel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A service request from an Open311 app through the real pipeline: posted, decided into a case, readable with
 * the case number and its status, closed when staff resolve it; and never showing who reported it or what
 * they wrote.
 */
class Open311RequestLifecycleTest extends IntegrationTestBase {

    @Autowired
    CaseWorkflow workflow;

    @Autowired
    CaseRepository cases;

    @Autowired
    MessageRepository messages;

    private Open311Client open311;

    @BeforeEach
    void client() {
        open311 = new Open311Client(api);
    }

    @Test
    void aPostedRequestBecomesACaseThatShowsAsOpenThenClosedWithoutPersonalData() {
        Map<String, String> form = Open311ConformanceTest.request("STREET_LIGHTING",
                "Gatlampan utanför min port lyser inte alls", "59.3761", "13.4911");
        form.put("email", "anna.svensson@example.se");
        form.put("first_name", "Anna");
        form.put("last_name", "Svensson");
        form.put("phone", "0701234567");
        form.put("device_id", "device-4711");
        form.put("media_url", "https://photos.example.org/lamp.jpg");
        String token = open311.postAccepted(form);

        String number = open311.awaitCase(token);
        long messageId = messages.findIdByExternalId(Channel.OPEN311.id(), token).orElseThrow();
        JsonNode message = api.awaitDecided(messageId, Duration.ofSeconds(30));
        Case opened = cases.findByNumber(number).orElseThrow();
        Map<String, Object> open = only(open311.both("requests/" + number + ".{format}"));

        assertThat(message.get("channel").asString()).isEqualTo("open311");
        assertThat(message.get("replies").findValues("state")).extracting(JsonNode::asString).containsOnly("SENT");
        assertThat(open).containsEntry("service_request_id", number)
                .containsEntry("status", "open")
                .containsEntry("status_notes", "Mottaget, inte påbörjat ännu")
                .containsEntry("service_code", "STREET_LIGHTING")
                .containsEntry("service_name", "Gatubelysning")
                .containsEntry("agency_responsible", opened.unitName())
                .containsEntry("media_url", "https://photos.example.org/lamp.jpg")
                .containsEntry("expected_datetime", w3c(opened.expectedResolutionAt()));
        assertThat(open.get("requested_datetime")).isEqualTo(w3c(opened.openedAt()))
                .isEqualTo(open.get("updated_datetime"));
        assertThat(open).containsEntry("description", "Gatubelysning").containsEntry("address", "");
        assertThat(Double.parseDouble((String) open.get("lat"))).isCloseTo(59.3761, offset(1e-4));
        assertThat(Double.parseDouble((String) open.get("long"))).isCloseTo(13.4911, offset(1e-4));

        workflow.changeStatus(number, CaseStatus.RESOLVED, "Bo", "Bytt lampa, ring Svensson på 0701234567 om det strular");
        Map<String, Object> closed = only(open311.both("requests/" + number + ".{format}"));

        assertThat(closed).containsEntry("status", "closed").containsEntry("status_notes", "Åtgärdat");
        assertThat(OffsetDateTime.parse((String) closed.get("updated_datetime")))
                .isAfterOrEqualTo(OffsetDateTime.parse((String) closed.get("requested_datetime")));
        assertThat(records(open311.both("requests.{format}?status=closed&service_code=STREET_LIGHTING")))
                .extracting(request -> request.get("service_request_id")).contains(number);
        assertThat(records(open311.both("requests.{format}?status=open&service_code=STREET_LIGHTING")))
                .extracting(request -> request.get("service_request_id")).doesNotContain(number);
        for (String resource : new String[] {"requests/" + number + ".json", "requests/" + number + ".xml",
                "requests.json?service_code=STREET_LIGHTING", "requests.xml?service_code=STREET_LIGHTING"}) {
            assertThat(open311.get(resource).body()).doesNotContain("anna.svensson", "Svensson", "0701234567",
                    "device-4711", "min port", "lyser inte", "Bytt lampa");
        }
    }

    @Test
    void aRequestWithAnAddressIsPlacedByTheGazetteerAndADuplicateIsClosed() {
        Map<String, String> form = Open311ConformanceTest.request("GRAFFITI_LITTER",
                "Någon har sprejat klotter över hela elskåpet", "0", "0");
        form.remove("lat");
        form.remove("long");
        form.put("address_string", "Östra Torggatan 12");
        String number = open311.awaitCase(open311.postAccepted(form));
        Case opened = cases.findByNumber(number).orElseThrow();

        Map<String, Object> request = only(open311.both("requests/" + number + ".{format}"));

        assertThat(opened.location()).isNotNull();
        assertThat(opened.location().normalized()).contains("Östra Torggatan");
        assertThat(request).containsEntry("address", opened.location().normalized())
                .containsEntry("description", "Klotter och skräp – " + opened.location().normalized())
                .containsEntry("service_code", "GRAFFITI_LITTER")
                .containsEntry("media_url", "");
        assertThat(Double.parseDouble((String) request.get("lat"))).isEqualTo(opened.location().lat());

        workflow.changeStatus(number, CaseStatus.DUPLICATE, "Bo", null);

        assertThat(only(open311.both("requests/" + number + ".{format}")))
                .containsEntry("status", "closed")
                .containsEntry("status_notes", "Samma fel som ett annat ärende");
    }

    @Test
    void healthShowsTheChannelAndWhoMayPost() {
        JsonNode open311 = ApiClient.json(api.get("/actuator/health")).at("/components/channels/details/open311");

        assertThat(open311.get("enabled").asBoolean()).isTrue();
        assertThat(open311.get("detail").asString()).isEqualTo("GeoReport v2 at /open311/v2; POST accepts only the demo "
                + "API key 'civicbot-demo-open311' (demo on, CIVICBOT_OPEN311_APIKEYS not set)");
    }

    /** A w3c datetime to the second in the demo municipality's zone, as the API writes them. */
    private static String w3c(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS)
                .atZone(ZoneId.of("Europe/Stockholm")));
    }
}
