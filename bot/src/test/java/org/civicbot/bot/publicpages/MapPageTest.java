package org.civicbot.bot.publicpages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicbot.bot.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;

/** The public map: Leaflet from the WebJar, the tiles allowed by the page's policy, the faults listed below. */
class MapPageTest extends IntegrationTestBase {

    private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>");

    @Test
    void theMapLoadsLeafletFromTheWebJarAndListsTheOpenFaultsInATable() {
        new CaseFixtures(api).openCase("map-fault",
                "Gatlampan på Lambergsvägen 3 är trasig." + CaseFixtures.PERSONAL_AND_HOSTILE);

        HttpResponse<String> page = api.get("/map");

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html)
                .contains("<html lang=\"sv\">", "<h1>Anmälda fel</h1>", "<caption>", "<th scope=\"col\">Plats</th>")
                .containsPattern("(?s)<tr>\\s*<td>Gatubelysning</td>\\s*<td>Lambergsvägen 3</td>\\s*<td>Mottaget</td>")
                .doesNotContain(CaseFixtures.NEVER_PUBLIC)
                .doesNotContain("map-fault");
        Matcher scripts = SCRIPT.matcher(html);
        while (scripts.find()) {
            assertThat(scripts.group(1)).as("no inline script").contains("src=");
        }
        String leaflet = attribute(html, "src=\"(/webjars/leaflet/[^\"]+/leaflet\\.js)\"");
        String styles = attribute(html, "href=\"(/webjars/leaflet/[^\"]+/leaflet\\.css)\"");
        assertThat(leaflet).isEqualTo("/webjars/leaflet/1.9.4/dist/leaflet.js");
        assertThat(api.get(leaflet).statusCode()).isEqualTo(200);
        assertThat(api.get(styles).statusCode()).isEqualTo(200);
        assertThat(api.get("/webjars/leaflet/1.9.4/dist/images/marker-icon.png").statusCode()).isEqualTo(200);
        assertThat(api.get("/map.js").statusCode()).isEqualTo(200);
        assertThat(html).contains("data-tile-url=\"https://tile.openstreetmap.org/{z}/{x}/{y}.png\"",
                "data-attribution=\"© OpenStreetMap contributors\"", "data-lat=\"59.3793\"", "data-lon=\"13.5036\"",
                "data-geojson=\"/api/public/faults.geojson?lang=sv\"");
    }

    @Test
    void thePolicyAllowsTheTilesAsImagesAndNoScriptButCivicbots() {
        HttpResponse<String> page = api.get("/map");

        assertThat(page.headers().allValues("Content-Security-Policy")).singleElement().satisfies(policy ->
                assertThat(policy).contains("default-src 'self'", "script-src 'self'", "object-src 'none'",
                        "img-src 'self' data: https://tile.openstreetmap.org").doesNotContain("unsafe-inline"));
    }

    @Test
    void theMapIsInEnglishWithLangEn() {
        new CaseFixtures(api).openCase("map-english", "Gatlampan på Orrholmsgatan 3 är trasig");

        String html = api.get("/map?lang=en").body();

        assertThat(html).contains("<html lang=\"en\">", "<h1>Reported faults</h1>", "<td>Street lighting</td>",
                "data-geojson=\"/api/public/faults.geojson?lang=en\"");
    }

    private static String attribute(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }
}
