package org.civicbot.bot.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.civicbot.bot.support.ApiClient;

/** An Open311 app talking to civicbot's GeoReport v2 API over real HTTP. */
final class Open311Client {

    static final String BASE = "/open311/v2/";

    private final ApiClient api;

    Open311Client(ApiClient api) {
        this.api = api;
    }

    HttpResponse<String> get(String resource) {
        return api.get(BASE + resource);
    }

    /** A form-encoded POST, as the specification has apps send service requests. */
    HttpResponse<String> post(String resource, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return api.send("POST", BASE + resource, "application/x-www-form-urlencoded",
                HttpRequest.BodyPublishers.ofString(body));
    }

    /** A successful response's tree, checked to be in the format the extension asked for. */
    static Object ok(HttpResponse<String> response, Open311Format format) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return parsed(response, format);
    }

    static Object parsed(HttpResponse<String> response, Open311Format format) {
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith(format == Open311Format.JSON ? "application/json" : "text/xml");
        return Open311Tree.parse(response.body(), format);
    }

    /**
     * The resource in both formats, checked to say the same; the tree. {@code resource} has {@code {format}}
     * where the extension goes.
     */
    Object both(String resource) {
        Object json = ok(get(resource.replace("{format}", "json")), Open311Format.JSON);
        Object xml = ok(get(resource.replace("{format}", "xml")), Open311Format.XML);
        assertThat(json).as("the JSON and XML of " + resource).isEqualTo(xml);
        return json;
    }

    /** Posts a service request, which must be accepted; its token. */
    String postAccepted(Map<String, String> form) {
        Object tree = ok(post("requests.json", form), Open311Format.JSON);
        return (String) only(tree).get("token");
    }

    /** Polls the token until the pipeline has opened a case for the request; the case number. */
    String awaitCase(String token) {
        String[] number = new String[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
            number[0] = (String) only(ok(get("tokens/" + token + ".json"), Open311Format.JSON))
                    .get("service_request_id");
            return !number[0].isEmpty();
        });
        return number[0];
    }

    /** The one record of a list document. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> only(Object tree) {
        assertThat(tree).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(1);
        return (Map<String, Object>) ((List<?>) tree).get(0);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> records(Object tree) {
        return (List<Map<String, Object>>) tree;
    }
}
