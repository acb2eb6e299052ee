package org.civicbot.connectors.facebook;

import java.util.Objects;

/**
 * What connects civicbot to one Facebook Page.
 *
 * @param pageId          the Page's id
 * @param pageAccessToken a Page access token with pages_messaging, pages_read_engagement and
 *                        pages_manage_engagement (a long-lived or system-user token)
 * @param appSecret       the Meta app's secret: webhook deliveries are signed with it
 * @param verifyToken     the token typed into the app's webhook settings, echoed back at subscription
 * @param graphBaseUrl    the Graph API, {@link FacebookGraph#DEFAULT_BASE_URL} but for tests
 * @param humanAgentTag   whether Messenger replies later than 24 hours (up to 7 days) go out with the
 *                        HUMAN_AGENT tag; only for Pages Meta granted the Human Agent permission
 */
public record FacebookSettings(String pageId, String pageAccessToken, String appSecret, String verifyToken,
                               String graphBaseUrl, boolean humanAgentTag) {

    public FacebookSettings {
        requireText(pageId, "pageId");
        requireText(pageAccessToken, "pageAccessToken");
        requireText(appSecret, "appSecret");
        requireText(verifyToken, "verifyToken");
        requireText(graphBaseUrl, "graphBaseUrl");
    }

    private static void requireText(String value, String name) {
        if (Objects.requireNonNull(value, name).isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
    }
}
