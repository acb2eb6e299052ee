package org.civicbot.connectors.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class HmacSignatureTest {

    private static final byte[] BODY = "{\"object\":\"page\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void matchesTheKnownHmacSha256OfTheBody() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        HmacSignature signature = HmacSignature.sha256("Jefe");
        byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);

        assertThat(signature.signHex(data))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        assertThat(signature.matchesHex(data,
                "sha256=5BDCC146BF60754E6A042426089575C75A003F089D2739839DEC58B964EC3843", "sha256=")).isTrue();
    }

    @Test
    void aWrongMissingOrUnreadableSignatureDoesNotMatch() {
        HmacSignature signature = HmacSignature.sha256("app-secret");
        String good = "sha256=" + signature.signHex(BODY);

        assertThat(signature.matchesHex(BODY, good, "sha256=")).isTrue();
        assertThat(signature.matchesHex("{\"object\":\"user\"}".getBytes(StandardCharsets.UTF_8), good, "sha256=")).isFalse();
        assertThat(HmacSignature.sha256("other-secret").matchesHex(BODY, good, "sha256=")).isFalse();
        assertThat(signature.matchesHex(BODY, null, "sha256=")).isFalse();
        assertThat(signature.matchesHex(BODY, "sha1=" + signature.signHex(BODY), "sha256=")).isFalse();
        assertThat(signature.matchesHex(BODY, "sha256=not-hex", "sha256=")).isFalse();
        assertThat(signature.matchesBase64(BODY, signature.signBase64(BODY))).isTrue();
        assertThat(signature.matchesBase64(BODY, "%%%")).isFalse();
    }

    @Test
    void secretsAreComparedWholly() {
        assertThat(HmacSignature.sameSecret("s3cret-token", "s3cret-token")).isTrue();
        assertThat(HmacSignature.sameSecret("s3cret-token", "s3cret")).isFalse();
        assertThat(HmacSignature.sameSecret("s3cret-token", null)).isFalse();
        assertThat(HmacSignature.sameSecret(null, null)).isFalse();
    }

    @Test
    void anEmptySecretIsAConfigurationError() {
        assertThatThrownBy(() -> HmacSignature.sha256("")).hasMessageContaining("empty");
    }
}
