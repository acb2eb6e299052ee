package org.civicbot.bot.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Who may post service requests. */
class Open311ApiKeysTest {

    @Test
    void theDemoKeyIsAcceptedOnlyWhileTheDemoIsOnAndNoKeyIsConfigured() {
        Open311ApiKeys demo = new Open311ApiKeys(List.of(""), true);
        Open311ApiKeys configured = new Open311ApiKeys(List.of(" key-one ", "key-two"), true);
        Open311ApiKeys none = new Open311ApiKeys(List.of(), false);

        assertThat(demo.accepts(Open311ApiKeys.DEMO_KEY)).isTrue();
        assertThat(demo.accepts("")).isFalse();
        assertThat(demo.accepts(null)).isFalse();
        assertThat(demo.access()).contains("demo API key");
        assertThat(configured.accepts("key-one")).isTrue();
        assertThat(configured.accepts("key-two")).isTrue();
        assertThat(configured.accepts(Open311ApiKeys.DEMO_KEY)).isFalse();
        assertThat(configured.access()).isEqualTo("POST accepts 2 configured API key(s)");
        assertThat(none.accepts(Open311ApiKeys.DEMO_KEY)).isFalse();
        assertThat(none.access()).startsWith("read-only");
    }
}
