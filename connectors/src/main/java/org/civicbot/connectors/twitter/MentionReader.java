package org.civicbot.connectors.twitter;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicbot.connectors.Channel;
import org.civicbot.connectors.InboundMessage;
import org.civicbot.connectors.SentPosition;
import twitter4j.JSONArray;
import twitter4j.JSONObject;
import twitter4j.Place2;
import twitter4j.Tweet;
import twitter4j.TweetsResponse;
import twitter4j.TwitterObjectFactory;
import twitter4j.UserMentionEntity2;

/**
 * Turns one page of the mentions timeline into citizen messages: the post's id is both the message's id and what
 * a reply answers, the author's user id is the sender, the text loses the leading mention of our account that
 * X's reply box puts there, and the position is the post's exact point, else the centre of its tagged place.
 * Posts of our own account (our replies mentioning ourselves in a thread) are skipped.
 */
final class MentionReader {

    /** One @mention at the start of the text or right after another one; X handles are at most 15 word characters. */
    private static final Pattern LEADING_MENTION = Pattern.compile("\\G\\s*@(\\w{1,15})(?!\\w)");
    private static final double EARTH_RADIUS_METERS = 6_371_008.8;

    private final long accountId;
    private final Clock clock;

    MentionReader(long accountId, Clock clock) {
        this.accountId = accountId;
        this.clock = clock;
    }

    /**
     * The page's mentions by others, in the page's order. The page must be the last response twitter4j parsed
     * on this thread: twitter4j's v2 model has no field for a post's exact point, so that is read from the raw
     * JSON twitter4j keeps of the last response (its JSON store).
     */
    List<InboundMessage> read(TweetsResponse page) {
        Map<Long, SentPosition> points = exactPoints(TwitterObjectFactory.getRawJSON(page));
        List<InboundMessage> messages = new ArrayList<>();
        for (Tweet tweet : page.getTweets()) {
            Long author = tweet.getAuthorId();
            if (author == null || author == accountId) {
                continue;
            }
            SentPosition position = points.containsKey(tweet.getId())
                    ? points.get(tweet.getId())
                    : placeCentre(tweet.place(page.getPlacesMap()));
            String id = Long.toString(tweet.getId());
            messages.add(new InboundMessage(Channel.TWITTER, id, id, Long.toString(author), text(tweet),
                    tweet.getCreatedAt() != null ? tweet.getCreatedAt().toInstant() : clock.instant(), List.of(),
                    position));
        }
        return messages;
    }

    /** What the citizen wrote: X's HTML escapes undone, our own @handle taken off the front. */
    private String text(Tweet tweet) {
        Set<String> ourHandles = new HashSet<>();
        List<UserMentionEntity2> mentions = tweet.getMentions();
        if (mentions != null) {
            mentions.stream().filter(m -> m.getId() == accountId)
                    .forEach(m -> ourHandles.add(m.getScreenName().toLowerCase(Locale.ROOT)));
        }
        String text = tweet.getText() == null ? "" : unescape(tweet.getText());
        Matcher leading = LEADING_MENTION.matcher(text);
        StringBuilder kept = new StringBuilder();
        int end = 0;
        while (leading.find()) {
            if (!ourHandles.contains(leading.group(1).toLowerCase(Locale.ROOT))) {
                kept.append(leading.group());
            }
            end = leading.end();
        }
        return kept.append(text.substring(end)).toString().strip();
    }

    /** X escapes these three in a post's text, and only these. */
    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** The posts that carry an exact point ({@code geo.coordinates}, GeoJSON: longitude first), by id. */
    private static Map<Long, SentPosition> exactPoints(String rawJson) {
        Map<Long, SentPosition> points = new HashMap<>();
        JSONArray data = rawJson == null ? null : new JSONObject(rawJson).optJSONArray("data");
        for (int i = 0; data != null && i < data.length(); i++) {
            JSONObject post = data.optJSONObject(i);
            JSONObject geo = post == null ? null : post.optJSONObject("geo");
            JSONObject point = geo == null ? null : geo.optJSONObject("coordinates");
            JSONArray lonLat = point == null ? null : point.optJSONArray("coordinates");
            if ("Point".equals(point == null ? null : point.optString("type")) && lonLat != null && lonLat.length() == 2) {
                SentPosition position = position(lonLat.optDouble(1, Double.NaN), lonLat.optDouble(0, Double.NaN), null);
                if (position != null) {
                    points.put(Long.parseLong(post.optString("id")), position);
                }
            }
        }
        return points;
    }

    /**
     * The centre of a tagged place's bounding box ({@code [west, south, east, north]}), good to half the box's
     * diagonal: a point of interest gives a few metres, a whole city kilometres, and the bot weighs it so.
     */
    private static SentPosition placeCentre(Place2 place) {
        JSONArray box = place == null || place.getGeo() == null ? null : place.getGeo().getBbox();
        if (box == null || box.length() != 4) {
            return null;
        }
        double west = box.optDouble(0, Double.NaN);
        double south = box.optDouble(1, Double.NaN);
        double east = box.optDouble(2, Double.NaN);
        double north = box.optDouble(3, Double.NaN);
        double halfDiagonal = distanceMeters(south, west, north, east) / 2;
        return position((south + north) / 2, (west + east) / 2, (int) Math.max(1, Math.ceil(halfDiagonal)));
    }

    /** A position, or null for coordinates that are none (out of range, missing): the message comes without one. */
    private static SentPosition position(double latitude, double longitude, Integer accuracyMeters) {
        try {
            return new SentPosition(latitude, longitude, accuracyMeters);
        } catch (IllegalArgumentException notAPosition) {
            return null;
        }
    }

    /** Great-circle distance (haversine). */
    private static double distanceMeters(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
