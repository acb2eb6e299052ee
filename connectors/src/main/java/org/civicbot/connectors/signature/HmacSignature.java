package org.civicbot.connectors.signature;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed signatures as platforms put them on webhooks (Facebook's {@code X-Hub-Signature-256}: HMAC-SHA256 of
 * the raw body, hex) and shared-secret tokens (Telegram's secret token header). Every comparison takes the same
 * time whatever the input, so a forger learns nothing from how fast a wrong guess is refused.
 */
public final class HmacSignature {

    public static final String HMAC_SHA256 = "HmacSHA256";
    public static final String HMAC_SHA1 = "HmacSHA1";

    private final String algorithm;
    private final SecretKeySpec key;

    public HmacSignature(String algorithm, String secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("the signing secret is empty");
        }
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm);
        mac(); // fail now, not on the first webhook, if the algorithm is unknown
    }

    public static HmacSignature sha256(String secret) {
        return new HmacSignature(HMAC_SHA256, secret);
    }

    /** The signature of these bytes. */
    public byte[] sign(byte[] data) {
        return mac().doFinal(data);
    }

    public String signHex(byte[] data) {
        return HexFormat.of().formatHex(sign(data));
    }

    public String signBase64(byte[] data) {
        return Base64.getEncoder().encodeToString(sign(data));
    }

    /**
     * Whether a hex signature (case-insensitive, optionally behind a prefix such as {@code sha256=}) is the
     * signature of the data. Anything unreadable is simply not a match.
     */
    public boolean matchesHex(byte[] data, String presented, String prefix) {
        if (presented == null) {
            return false;
        }
        String hex = presented.trim();
        if (prefix != null) {
            if (!hex.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return false;
            }
            hex = hex.substring(prefix.length());
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(sign(data), given);
    }

    /** Whether a base64 signature is the signature of the data. */
    public boolean matchesBase64(byte[] data, String presented) {
        if (presented == null) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(presented.trim());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(sign(data), given);
    }

    /** Compares two secrets (tokens, passwords) in constant time; null never matches. */
    public static boolean sameSecret(String expected, String presented) {
        if (expected == null || presented == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalArgumentException("cannot sign with " + algorithm + ": " + e.getMessage(), e);
        }
    }
}
