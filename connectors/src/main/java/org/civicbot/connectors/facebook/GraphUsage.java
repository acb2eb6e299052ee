package org.civicbot.connectors.facebook;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.restfb.json.Json;
import com.restfb.json.JsonObject;
import com.restfb.json.JsonValue;

/**
 * How close the app and the Page are to Graph's rate limits, as Graph reports it on every answer:
 * {@code X-App-Usage} and {@code X-Page-Usage} ({@code {"call_count":28,"total_time":25,"total_cputime":25}},
 * percentages) and {@code X-Business-Use-Case-Usage} ({@code {"<id>":[{"type":"pages","call_count":95, …,
 * "estimated_time_to_regain_access":19}]}}, the wait in minutes). Past {@link #THRESHOLD_PERCENT} civicbot
 * stops calling until the estimated time has passed, so Graph never has to throttle the Page.
 */
final class GraphUsage {

    static final int THRESHOLD_PERCENT = 90;
    /**
     * The pause when Graph says usage is high but not for how long: app usage is counted over a rolling hour, so
     * after ten minutes a good part of it has rolled off.
     */
    static final Duration PAUSE_WITHOUT_ESTIMATE = Duration.ofMinutes(10);

    private GraphUsage() {
    }

    /**
     * How long to stop calling, from an answer's headers (names in lower case), or empty when usage is below the
     * threshold or not reported. Unreadable headers count as not reported.
     */
    static Optional<Duration> pause(Map<String, String> headers) {
        int highest = 0;
        long regainMinutes = 0;
        for (String name : new String[] {"x-app-usage", "x-page-usage"}) {
            JsonObject usage = object(headers.get(name));
            if (usage != null) {
                highest = Math.max(highest, highestPercent(usage));
                regainMinutes = Math.max(regainMinutes, regainMinutes(usage));
            }
        }
        JsonObject businessUseCases = object(headers.get("x-business-use-case-usage"));
        if (businessUseCases != null) {
            for (JsonObject.Member business : businessUseCases) {
                if (!business.getValue().isArray()) {
                    continue;
                }
                for (JsonValue useCase : business.getValue().asArray()) {
                    if (useCase.isObject()) {
                        highest = Math.max(highest, highestPercent(useCase.asObject()));
                        regainMinutes = Math.max(regainMinutes, regainMinutes(useCase.asObject()));
                    }
                }
            }
        }
        if (highest <= THRESHOLD_PERCENT && regainMinutes == 0) {
            return Optional.empty();
        }
        return Optional.of(regainMinutes > 0 ? Duration.ofMinutes(regainMinutes) : PAUSE_WITHOUT_ESTIMATE);
    }

    private static int highestPercent(JsonObject usage) {
        int highest = 0;
        for (String field : new String[] {"call_count", "total_time", "total_cputime"}) {
            highest = Math.max(highest, number(usage, field));
        }
        return highest;
    }

    private static long regainMinutes(JsonObject usage) {
        return Math.max(0, number(usage, "estimated_time_to_regain_access"));
    }

    private static int number(JsonObject usage, String field) {
        JsonValue value = usage.get(field);
        return value != null && value.isNumber() ? (int) Math.min(Integer.MAX_VALUE, Math.round(value.asDouble())) : 0;
    }

    private static JsonObject object(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            JsonValue value = Json.parse(header);
            return value.isObject() ? value.asObject() : null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
