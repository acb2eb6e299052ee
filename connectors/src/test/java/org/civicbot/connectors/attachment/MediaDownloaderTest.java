package org.civicbot.connectors.attachment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.civicbot.connectors.PlatformException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Downloads over real HTTP from a local server standing in for a provider's media store. */
class MediaDownloaderTest {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4};
    private static WireMockServer media;
    private final MediaDownloader downloader = new MediaDownloader(HttpClient.newHttpClient(),
            new AttachmentPolicy(16, Set.of("image/jpeg")), Duration.ofSeconds(5));

    @BeforeAll
    static void start() {
        media = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        media.start();
    }

    @AfterAll
    static void stop() {
        media.stop();
    }

    @Test
    void aPhotoIsFetchedWithTheGivenCredentialsAndKeptByReference() throws PlatformException {
        media.stubFor(get(urlEqualTo("/media/photo")).withHeader("Authorization", equalTo("Basic dXNlcjpwdw=="))
                .willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(JPEG)));

        MediaDownloader.Download download = downloader.download(url("/media/photo"), "sms:media/ME1",
                Map.of("Authorization", "Basic dXNlcjpwdw=="));

        assertThat(download.taken()).isTrue();
        assertThat(download.attachment().content()).isEqualTo(JPEG);
        assertThat(download.attachment().reference()).isEqualTo("sms:media/ME1");
        assertThat(download.attachment().mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void aFileOfAnotherTypeOrTooLargeIsNotTaken() throws PlatformException {
        media.stubFor(get(urlEqualTo("/media/doc")).willReturn(aResponse()
                .withHeader("Content-Type", "application/x-msdownload").withBody(JPEG)));
        media.stubFor(get(urlEqualTo("/media/big")).willReturn(aResponse()
                .withHeader("Content-Type", "image/jpeg").withBody(new byte[17])));

        assertThat(downloader.download(url("/media/doc"), "r", Map.of()).refusal())
                .contains("application/x-msdownload is not taken");
        assertThat(downloader.download(url("/media/big"), "r", Map.of()).refusal())
                .endsWith("bytes; the limit is 16");
    }

    @Test
    void credentialsFollowARedirectOnlyWithinTheirOrigin() throws PlatformException {
        // localhost and 127.0.0.1 are two origins on one server: the signed storage a provider redirects to.
        String storage = "http://127.0.0.1:" + media.port() + "/storage/photo?signature=abc";
        media.stubFor(get(urlEqualTo("/media/redirected")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", storage)));
        media.stubFor(get(urlEqualTo("/storage/photo?signature=abc"))
                .willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(JPEG)));

        MediaDownloader.Download download = downloader.download(
                URI.create("http://localhost:" + media.port() + "/media/redirected"), "r",
                Map.of("Authorization", "Basic dXNlcjpwdw=="));

        assertThat(download.attachment().content()).isEqualTo(JPEG);
        media.verify(getRequestedFor(urlEqualTo("/media/redirected"))
                .withHeader("Authorization", equalTo("Basic dXNlcjpwdw==")));
        media.verify(getRequestedFor(urlEqualTo("/storage/photo?signature=abc")).withoutHeader("Authorization"));
    }

    @Test
    void aProviderErrorSaysWhetherRetryingHelps() {
        media.stubFor(get(urlEqualTo("/media/busy")).willReturn(aResponse().withStatus(503)));
        media.stubFor(get(urlEqualTo("/media/gone")).willReturn(aResponse().withStatus(404)));

        assertThatThrownBy(() -> downloader.download(url("/media/busy"), "r", Map.of()))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.retryable()).isTrue());
        assertThatThrownBy(() -> downloader.download(url("/media/gone"), "r", Map.of()))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.retryable()).isFalse());
    }

    private static URI url(String path) {
        return URI.create(media.baseUrl() + path);
    }
}
