package org.civicbot.connectors.twitter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.civicbot.connectors.Channel;
import org.civicbot.connectors.Connector;
import org.civicbot.connectors.ConnectorStatus;
import org.civicbot.connectors.DeliveryException;
import org.civicbot.connectors.DeliveryReceipt;
import org.civicbot.connectors.InboundMessage;
import org.civicbot.connectors.OutboundReply;
import org.civicbot.connectors.PlatformException;
import org.civicbot.connectors.polling.MessagePoller;
import org.civicbot.connectors.polling.PollResult;
import org.civicbot.connectors.retry.RetryAfter;
import twitter4j.CreateTweetResponse;
import twitter4j.Meta;
import twitter4j.PaginationToken;
import twitter4j.RateLimitStatus;
import twitter4j.TweetsResponse;
import twitter4j.TwitterException;
import twitter4j.TwitterFactory;
import twitter4j.TwitterV2;
import twitter4j.TwitterV2ExKt;
import twitter4j.V2ConfigurationKt;
import twitter4j.conf.Configuration;
import twitter4j.conf.ConfigurationBuilder;

/**
 * The municipality's X account, through twitter4j and its v2 extension: mentions are read by polling
 * {@code GET /2/users/:id/mentions} from the last seen post id ({@code since_id}, the cursor), and replies are
 * posts in reply ({@code POST /2/tweets} with {@code reply.in_reply_to_tweet_id}), signed with OAuth 1.0a in the
 * account's name. X has no webhook for mentions below its enterprise tier, so this channel only polls; direct
 * messages are not read (the v2 extension has no direct-message calls).
 */
public final class TwitterConnector implements Connector, MessagePoller {

    /** Ask for the location: the exact point, and the tagged place with its box and name. */
    static final String EXPANSIONS = "geo.place_id";
    static final String TWEET_FIELDS = "created_at,author_id,geo,conversation_id,in_reply_to_user_id,entities";
    static final String PLACE_FIELDS = "geo,full_name";
    /** The first read (no cursor yet) takes only the latest few, so a new installation does not answer last month. */
    static final int FIRST_PAGE = 10;
    /** Later reads take the most X gives per request, to spend as few of the scarce requests as possible. */
    static final int PAGE = 100;

    private final TwitterSettings settings;
    private final Clock clock;
    private final TwitterV2 api;
    private final MentionReader mentions;
    /** When the mentions' rate-limit window runs out of requests, the next read waits until its reset. */
    private volatile Instant quietUntil = Instant.MIN;

    public TwitterConnector(TwitterSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        Configuration configuration = new ConfigurationBuilder()
                .setOAuthConsumerKey(settings.consumerKey())
                .setOAuthConsumerSecret(settings.consumerSecret())
                .setOAuthAccessToken(settings.accessToken())
                .setOAuthAccessTokenSecret(settings.accessTokenSecret())
                .setRestBaseURL(settings.root() + "/1.1/")
                // The raw JSON of each response is kept so MentionReader can read geo.coordinates.
                .setJSONStoreEnabled(true)
                // No retries inside twitter4j: the bot's backoff (polling) and outbox (replies) retry.
                .setHttpRetryCount(0)
                .setHttpConnectionTimeout(10_000)
                .setHttpReadTimeout(30_000)
                .build();
        V2ConfigurationKt.getV2Configuration(configuration).setBaseURL(settings.root() + "/2/");
        this.api = TwitterV2ExKt.getV2(new TwitterFactory(configuration).getInstance());
        this.mentions = new MentionReader(settings.accountId(), clock);
    }

    @Override
    public Channel channel() {
        return Channel.TWITTER;
    }

    @Override
    public String account() {
        return Long.toString(settings.accountId());
    }

    /** The configured interval, or longer when the last read used up the rate-limit window: until it resets. */
    @Override
    public Duration interval() {
        Duration untilReset = Duration.between(clock.instant(), quietUntil);
        return untilReset.compareTo(settings.pollInterval()) > 0 ? untilReset : settings.pollInterval();
    }

    @Override
    public ConnectorStatus status() {
        return ConnectorStatus.on(Channel.TWITTER, "account " + settings.accountId() + ": mentions polled every "
                + settings.pollInterval() + " from " + settings.baseUrl() + ", replies as posts; no direct messages");
    }

    /**
     * The mentions after the cursor, oldest first, and the newest post id seen as the next cursor. Without a
     * cursor only the newest page is read; with one, every page back to it, so a busy hour loses nothing.
     */
    @Override
    public PollResult poll(String cursor) throws PlatformException {
        Long sinceId = postId(cursor);
        List<InboundMessage> found = new ArrayList<>();
        Long newest = null;
        PaginationToken next = null;
        do {
            TweetsResponse page = mentionsPage(sinceId, next);
            noteRateLimit(page.getRateLimitStatus());
            found.addAll(mentions.read(page));
            Meta meta = page.getMeta();
            if (newest == null && meta != null) {
                newest = meta.getNewestId();
            }
            next = sinceId == null || meta == null ? null : meta.getNextToken();
        } while (next != null);
        found.sort(Comparator.comparing(message -> Long.parseLong(message.externalId())));
        return new PollResult(found, newest != null ? newest.toString() : cursor);
    }

    private TweetsResponse mentionsPage(Long sinceId, PaginationToken next) throws PlatformException {
        try {
            return api.getUserMentions(settings.accountId(), null, EXPANSIONS, sinceId == null ? FIRST_PAGE : PAGE,
                    null, next, PLACE_FIELDS, null, sinceId, null, TWEET_FIELDS, null, null);
        } catch (TwitterException e) {
            throw XApiFailure.reading("GET /2/users/" + settings.accountId() + "/mentions", e, clock);
        }
    }

    /** A read that took the window's last request: the next one waits for the reset X announced. */
    private void noteRateLimit(RateLimitStatus limit) {
        if (limit != null && limit.getRemaining() <= 0) {
            Duration wait = RetryAfter.untilEpochSeconds(Integer.toString(limit.getResetTimeInSeconds()), clock);
            if (wait != null) {
                quietUntil = clock.instant().plus(wait);
            }
        }
    }

    /** A cursor we stored is a post id; anything else (none yet, or damaged) starts over from the newest page. */
    private static Long postId(String cursor) {
        if (cursor == null || !cursor.matches("\\d{1,19}")) {
            return null;
        }
        return Long.parseLong(cursor);
    }

    /** Posts the reply in the citizen's thread: a reply to their post, which X shows under it and notifies. */
    @Override
    public DeliveryReceipt send(OutboundReply reply) throws DeliveryException {
        Long inReplyTo = postId(reply.threadId());
        if (inReplyTo == null) {
            throw new DeliveryException("An X reply needs the id of the post it answers, got thread '"
                    + reply.threadId() + "'", false, null);
        }
        int length = TweetLength.of(reply.text());
        if (length > TweetLength.LIMIT) {
            throw new DeliveryException("The reply is " + length + " long as X counts it (links 23); X takes "
                    + TweetLength.LIMIT, false, null);
        }
        try {
            CreateTweetResponse posted = api.createTweet(null, null, null, null, null, null, null, null, null,
                    inReplyTo, null, reply.text());
            return new DeliveryReceipt(Long.toString(posted.getId()));
        } catch (TwitterException e) {
            throw XApiFailure.replying(inReplyTo.toString(), e, clock);
        }
    }
}
