package org.civicbot.bot.channels.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Which environment variables health names while the X channel is off. */
class TwitterChannelPropertiesTest {

    private static TwitterChannelProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("civicbot.channels.twitter", TwitterChannelProperties.class);
    }

    @Test
    void withNothingSetEveryCredentialIsNamed() {
        TwitterChannelProperties properties = bind(Map.of());

        assertThat(properties.missing()).containsExactly("CIVICBOT_CHANNELS_TWITTER_CONSUMERKEY",
                "CIVICBOT_CHANNELS_TWITTER_CONSUMERSECRET", "CIVICBOT_CHANNELS_TWITTER_ACCESSTOKEN",
                "CIVICBOT_CHANNELS_TWITTER_ACCESSTOKENSECRET", "CIVICBOT_CHANNELS_TWITTER_ACCOUNTID");
        assertThat(properties.baseUrl()).hasToString("https://api.twitter.com");
        assertThat(properties.pollInterval()).hasSeconds(60);
    }

    @Test
    void aHandleInsteadOfTheUserIdIsNamedWithWhatIsWanted() {
        TwitterChannelProperties properties = bind(Map.of(
                "civicbot.channels.twitter.consumer-key", "key",
                "civicbot.channels.twitter.consumer-secret", "secret",
                "civicbot.channels.twitter.access-token", "2244994945-token",
                "civicbot.channels.twitter.access-token-secret", "token-secret",
                "civicbot.channels.twitter.account-id", "@karlstadskommun"));

        assertThat(properties.missing()).containsExactly("CIVICBOT_CHANNELS_TWITTER_ACCOUNTID (the numeric user id)");
        assertThat(properties.toString()).doesNotContain("secret", "token");
    }

    @Test
    void withAllFiveSetTheChannelIsOnAndTheSettingsCarryThem() {
        TwitterChannelProperties properties = bind(Map.of(
                "civicbot.channels.twitter.consumer-key", "key",
                "civicbot.channels.twitter.consumer-secret", "secret",
                "civicbot.channels.twitter.access-token", "2244994945-token",
                "civicbot.channels.twitter.access-token-secret", "token-secret",
                "civicbot.channels.twitter.account-id", " 2244994945 ",
                "civicbot.channels.twitter.poll-interval", "90s"));

        assertThat(properties.missing()).isEmpty();
        assertThat(properties.settings().accountId()).isEqualTo(2244994945L);
        assertThat(properties.settings().pollInterval()).hasSeconds(90);
    }
}
