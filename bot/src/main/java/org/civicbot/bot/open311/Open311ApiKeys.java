package org.civicbot.bot.open311;

import java.util.List;

import org.civicbot.connectors.signature.HmacSignature;

/**
 * Who may post service requests: a configured key, compared in constant time. With no key configured and the
 * demo on, the published {@link #DEMO_KEY} lets anyone try the API on the demo municipality; with neither,
 * nobody may post and the API is read-only.
 */
final class Open311ApiKeys {

    /** The demo municipality's key, documented in docs/open311.md; never accepted once a key is configured. */
    static final String DEMO_KEY = "civicbot-demo-open311";

    private final List<String> keys;
    private final boolean demo;

    Open311ApiKeys(List<String> configured, boolean demoEnabled) {
        List<String> real = configured.stream().map(String::strip).filter(key -> !key.isEmpty()).toList();
        this.demo = real.isEmpty() && demoEnabled;
        this.keys = demo ? List.of(DEMO_KEY) : real;
    }

    /** Whether the key may post; every key is compared, so the time taken tells nothing. */
    boolean accepts(String presented) {
        boolean match = false;
        for (String key : keys) {
            match |= HmacSignature.sameSecret(key, presented);
        }
        return match;
    }

    /** How requests may be posted, for the health endpoint and the start-up log. */
    String access() {
        if (demo) {
            return "POST accepts only the demo API key '" + DEMO_KEY + "' (demo on, CIVICBOT_OPEN311_APIKEYS not set)";
        }
        return keys.isEmpty() ? "read-only: set CIVICBOT_OPEN311_APIKEYS to accept POST requests"
                : "POST accepts " + keys.size() + " configured API key(s)";
    }
}
