package org.civicbot.bot.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbot.bot.open311.Open311Client.only;
import static org.civicbot.bot.open311.Open311Client.parsed;
import static org.civicbot.bot.open311.Open311Client.records;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.civicbot.bot.support.IntegrationTestBase;
import org.civicbot.bot.unit.UnitRepository;
import org.civicbot.classifier.Topic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * GeoReport v2 conformance: every response has the shape of the specification's sample response for it (the
 * samples are in {@code src/test/resources/open311/}, in XML and JSON as the specification gives them, with
 * its numeric-looking JSON codes such as {@code 006} quoted, since a leading zero is not valid JSON), in both
 * formats, which say the same; refusals come in the specification's error format with its status codes.
 */
class Open311ConformanceTest extends IntegrationTestBase {

    /** Fields of a request the specification has and civicbot does not fill (docs/open311.md says why). */
    private static final Set<String> NOT_SERVED = Set.of("service_notice", "address_id", "zipcode");

    @Autowired
    UnitRepository units;

    private Open311Client open311;

    @BeforeEach
    void client() {
        open311 = new Open311Client(api);
    }

    @Test
    void discoveryHasTheSpecificationsShapeAndNamesThisEndpoint() {
        Object discovery = open311.both("discovery.{format}");

        assertThat(Open311Tree.shape(discovery)).isEqualTo(Open311Tree.shape(Open311Tree.sample("discovery.xml")))
                .isEqualTo(Open311Tree.shape(Open311Tree.sample("discovery.json")));
        @SuppressWarnings("unchecked")
        Map<String, Object> endpoint = records(((Map<String, Object>) discovery).get("endpoints")).get(0);
        assertThat(endpoint.get("specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat((String) endpoint.get("url")).endsWith("/open311/v2");
        assertThat(endpoint.get("formats")).isEqualTo(List.of("application/json", "text/xml"));
    }

    @Test
    void servicesAreTheTopicsWithTheSpecificationsFieldsGroupedByUnit() {
        Object services = open311.both("services.{format}");

        assertThat(Open311Tree.shape(services)).isEqualTo(Open311Tree.shape(Open311Tree.sample("services.xml")))
                .isEqualTo(Open311Tree.shape(Open311Tree.sample("services.json")));
        assertThat(records(services)).extracting(service -> service.get("service_code"))
                .containsExactly(Arrays.stream(Topic.values()).map(Topic::name).toArray());
        Map<String, Object> lighting = records(services).get(0);
        assertThat(lighting).containsEntry("service_code", "STREET_LIGHTING")
                .containsEntry("service_name", "Gatubelysning")
                .containsEntry("metadata", "false")
                .containsEntry("type", "realtime")
                .containsEntry("group", units.responsibleFor("STREET_LIGHTING").name());
        assertThat((String) lighting.get("keywords")).contains("gatlampa");
        assertThat((String) lighting.get("description")).contains("Gatlampor");
        assertThat(records(Open311Client.ok(open311.get("services.json?lang=en"), Open311Format.JSON)).get(0))
                .containsEntry("service_name", "Street lighting");
    }

    @Test
    void aServiceDefinitionHasTheSpecificationsFieldsAndAsksForNoAttributes() {
        Object definition = open311.both("services/STREET_LIGHTING.{format}");

        @SuppressWarnings("unchecked")
        Map<String, Object> sample = (Map<String, Object>) Open311Tree.shape(Open311Tree.sample("service-definition.xml"));
        assertThat(((Map<?, ?>) Open311Tree.shape(definition)).keySet()).isEqualTo(sample.keySet());
        assertThat(definition).isEqualTo(Map.of("service_code", "STREET_LIGHTING", "attributes", List.of()));
        assertThat(Open311Tree.shape(Open311Tree.sample("service-definition.json"))).isEqualTo(sample);
    }

    @ParameterizedTest
    @EnumSource(Open311Format.class)
    void aPostedRequestIsAnsweredWithATokenThatComesToTheCaseNumber(Open311Format format) {
        HttpResponse<String> posted = open311.post("requests." + format.name().toLowerCase(Locale.ROOT), request(
                "STREET_LIGHTING", "Gatlampan vid lekparken är släckt", "59.3811", "13.4942"));

        Object answer = Open311Client.ok(posted, format);
        assertThat(Open311Tree.shape(answer)).isEqualTo(Open311Tree.shape(Open311Tree.sample("post-request-token.xml")))
                .isEqualTo(Open311Tree.shape(Open311Tree.sample("post-request-token.json")));
        String token = (String) only(answer).get("token");
        String number = open311.awaitCase(token);
        Object resolved = open311.both("tokens/" + token + ".{format}");
        assertThat(Open311Tree.shape(resolved)).isEqualTo(Open311Tree.shape(Open311Tree.sample("token.xml")))
                .isEqualTo(Open311Tree.shape(Open311Tree.sample("token.json")));
        assertThat(only(resolved)).isEqualTo(Map.of("service_request_id", number, "token", token));
        assertThat(number).matches("\\d{4}-\\d{6}");
    }

    @Test
    void requestsHaveTheSpecificationsFieldsBySearchAndById() {
        String number = open311.awaitCase(open311.postAccepted(request("ROADS_PATHS",
                "Det är ett stort hål i asfalten på cykelvägen", "59.3745", "13.5011")));

        Object byId = open311.both("requests/" + number + ".{format}");
        Object listed = open311.both("requests.{format}?service_request_id=" + number + ",2026-999999");
        Object searched = open311.both("requests.{format}?service_code=ROADS_PATHS,STREET_LIGHTING&status=open");

        Object sample = Open311Tree.without(Open311Tree.shape(Open311Tree.sample("requests.xml")), NOT_SERVED);
        assertThat(Open311Tree.shape(byId)).isEqualTo(sample).isEqualTo(Open311Tree.without(
                Open311Tree.shape(Open311Tree.sample("requests.json")), NOT_SERVED));
        assertThat(listed).isEqualTo(byId);
        assertThat(Open311Tree.shape(searched)).isEqualTo(sample);
        assertThat(records(searched)).contains(only(byId))
                .allSatisfy(request -> assertThat(request.get("status")).isEqualTo("open"))
                .allSatisfy(request -> assertThat(request.get("service_code")).isIn("ROADS_PATHS", "STREET_LIGHTING"));
    }

    @ParameterizedTest
    @EnumSource(Open311Format.class)
    void aBadOrMissingApiKeyIsForbiddenWithTheSpecificationsErrorBody(Open311Format format) {
        Map<String, String> wrongKey = request("STREET_LIGHTING", "Lampan är trasig", "59.38", "13.50");
        wrongKey.put("api_key", "not-a-key");
        Map<String, String> noKey = request("STREET_LIGHTING", "Lampan är trasig", "59.38", "13.50");
        noKey.remove("api_key");

        for (Map<String, String> form : List.of(wrongKey, noKey)) {
            HttpResponse<String> refused = open311.post("requests." + format.name().toLowerCase(Locale.ROOT), form);
            assertError(refused, format, 403, "api_key is missing or not valid; ask the municipality for a key");
        }
    }

    @Test
    void badRequestsAreRefusedWith400AndTheSpecificationsErrorBody() {
        Map<String, Map<String, String>> posts = new LinkedHashMap<>();
        posts.put("service_code is missing", without(request("STREET_LIGHTING", "Trasig", "59.38", "13.50"),
                "service_code"));
        posts.put("service_code NO_SUCH is not a service here; services.xml lists them",
                request("NO_SUCH", "Trasig", "59.38", "13.50"));
        posts.put("lat and long go together; long is missing", without(request("STREET_LIGHTING", "Trasig", "59.38",
                "13.50"), "long"));
        posts.put("lat and long must be WGS84 decimal degrees, such as 59.3793 and 13.5036",
                request("STREET_LIGHTING", "Trasig", "norr", "13.50"));
        posts.put("latitude must be between -90 and 90, was 91.0", request("STREET_LIGHTING", "Trasig", "91", "13.5"));
        posts.put("the location is missing: send lat and long, or address_string",
                without(without(request("STREET_LIGHTING", "Trasig", "59.38", "13.50"), "lat"), "long"));
        Map<String, String> attribute = request("STREET_LIGHTING", "Trasig", "59.38", "13.50");
        attribute.put("attribute[WHISHETN]", "123");
        posts.put("attribute[WHISHETN] is not an attribute of STREET_LIGHTING, which has none", attribute);
        posts.put("The text is 10015 characters long; the limit is 10000",
                request("STREET_LIGHTING", "x".repeat(10_000), "59.38", "13.50"));
        posts.put("media_url must be an absolute http or https URL", with(request("STREET_LIGHTING", "Trasig", "59.38",
                "13.50"), "media_url", "file:///etc/passwd"));
        posts.forEach((description, form) -> {
            assertError(open311.post("requests.json", form), Open311Format.JSON, 400, description);
            assertError(open311.post("requests.xml", form), Open311Format.XML, 400, description);
        });

        Map<String, String> searches = Map.of(
                "status=pending", "status pending is neither open nor closed",
                "start_date=yesterday", "start_date is not a w3c datetime with a time zone, such as "
                        + "2026-05-01T08:00:00+02:00 or 2026-05-01T06:00:00Z",
                "start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z",
                "start_date and end_date span more than 90 days, the longest search",
                "start_date=2026-06-01&end_date=2026-05-01", "start_date is after end_date",
                "service_code=NO_SUCH", "service_code NO_SUCH is not a service here; services.xml lists them");
        searches.forEach((query, description) -> {
            assertError(open311.get("requests.json?" + query), Open311Format.JSON, 400, description);
            assertError(open311.get("requests.xml?" + query), Open311Format.XML, 400, description);
        });
    }

    @Test
    void whatDoesNotExistIs404InTheSpecificationsErrorFormat() {
        assertError(open311.get("requests/2026-999999.json"), Open311Format.JSON, 404, "No request has id 2026-999999");
        assertError(open311.get("services/NO_SUCH.xml"), Open311Format.XML, 404, "No service has code NO_SUCH");
        assertError(open311.get("tokens/AAAAAAAAAAAAAAAAAAAAAA.json"), Open311Format.JSON, 404,
                "No request has token AAAAAAAAAAAAAAAAAAAAAA");
        assertError(open311.get("services.csv"), Open311Format.XML, 404, "Format csv is not served; use .xml or .json");
        assertError(open311.get("services"), Open311Format.XML, 404, "There is no GET /open311/v2/services in "
                + "GeoReport v2 here; resources end in .xml or .json, see /open311/v2/discovery.xml");
    }

    private static void assertError(HttpResponse<String> response, Open311Format format, int status,
                                    String description) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        Object errors = parsed(response, format);
        assertThat(Open311Tree.shape(errors)).isEqualTo(Open311Tree.shape(Open311Tree.sample("errors.xml")))
                .isEqualTo(Open311Tree.shape(Open311Tree.sample("errors.json")));
        assertThat(only(errors)).isEqualTo(Map.of("code", String.valueOf(status), "description", description));
    }

    /** A service request as an app posts it, with the demo key. */
    static Map<String, String> request(String service, String description, String lat, String lon) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", Open311ApiKeys.DEMO_KEY);
        form.put("service_code", service);
        form.put("lat", lat);
        form.put("long", lon);
        form.put("description", description);
        return form;
    }

    private static Map<String, String> without(Map<String, String> form, String field) {
        form.remove(field);
        return form;
    }

    private static Map<String, String> with(Map<String, String> form, String field, String value) {
        form.put(field, value);
        return form;
    }
}
