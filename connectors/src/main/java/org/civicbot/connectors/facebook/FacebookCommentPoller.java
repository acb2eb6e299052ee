package org.civicbot.connectors.facebook;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import com.restfb.Connection;
import com.restfb.Parameter;
import com.restfb.types.Comment;
import com.restfb.types.Post;
import org.civicbot.connectors.Channel;
import org.civicbot.connectors.InboundMessage;
import org.civicbot.connectors.PlatformException;
import org.civicbot.connectors.polling.MessagePoller;
import org.civicbot.connectors.polling.PollResult;

/**
 * Reads comments on the Page's recent posts through the Graph API, for when the {@code feed} webhook is not
 * subscribed or missed some: the posts a comment was added to since the cursor ({@code updated_time} moves
 * with every comment), then each such post's comments, newest first, down to the cursor. The cursor is the
 * newest comment's {@code created_time} in epoch seconds; comments of that very second are read again and
 * dropped as duplicates by their ids, so none written in the same second is missed. A comment read here and
 * by the webhook is the same message (its comment id).
 */
public final class FacebookCommentPoller implements MessagePoller {

    /** How far back the very first poll reads. */
    static final Duration FIRST_LOOK_BACK = Duration.ofHours(24);
    /** Recent posts looked at per poll; older posts rarely get new comments, and the webhook has them. */
    static final int POSTS_PER_POLL = 25;
    static final int COMMENTS_PER_PAGE = 50;
    /** At most this many pages of comments per post and poll, so one busy post cannot eat the rate limit. */
    static final int MAX_COMMENT_PAGES = 4;

    private final FacebookGraph graph;
    private final String pageId;
    private final Duration interval;
    private final Clock clock;

    public FacebookCommentPoller(FacebookGraph graph, String pageId, Duration interval, Clock clock) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.pageId = Objects.requireNonNull(pageId, "pageId");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Channel channel() {
        return Channel.FACEBOOK;
    }

    @Override
    public String account() {
        return pageId;
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public PollResult poll(String cursor) throws PlatformException {
        Instant since = since(cursor);
        List<Post> posts = graph.call("listing the Page's recent posts", facebook -> facebook
                .fetchConnection(pageId + "/posts", Post.class, Parameter.withFields("id,updated_time"),
                        Parameter.withLimit(POSTS_PER_POLL))
                .getData());
        List<InboundMessage> messages = new ArrayList<>();
        for (Post post : posts) {
            if (post.getUpdatedTime() != null && post.getUpdatedTime().toInstant().isBefore(since)) {
                continue;
            }
            for (Comment comment : commentsSince(post.getId(), since)) {
                String author = comment.getFrom() == null ? null : comment.getFrom().getId();
                if (pageId.equals(author) || comment.getMessage() == null || comment.getMessage().isBlank()) {
                    continue;
                }
                messages.add(PageEvents.commentMessage(post.getId(), comment.getId(), author, comment.getMessage(),
                        comment.getCreatedTime().toInstant()));
            }
        }
        messages.sort(Comparator.comparing(InboundMessage::receivedAt));
        Instant newest = messages.isEmpty() ? since : messages.get(messages.size() - 1).receivedAt();
        return new PollResult(messages, Long.toString(newest.getEpochSecond()));
    }

    /**
     * A post's comments (replies included) created at or after {@code since}, newest first, page by page with
     * Graph's {@code after} cursor (not the {@code next} URL, which names graph.facebook.com itself).
     */
    private List<Comment> commentsSince(String postId, Instant since) throws PlatformException {
        return graph.call("reading comments on post " + postId, facebook -> {
            List<Comment> recent = new ArrayList<>();
            String after = null;
            for (int page = 0; page < MAX_COMMENT_PAGES; page++) {
                List<Parameter> parameters = new ArrayList<>(List.of(
                        Parameter.withFields("id,message,created_time,from"), Parameter.with("filter", "stream"),
                        Parameter.with("order", "reverse_chronological"), Parameter.withLimit(COMMENTS_PER_PAGE)));
                if (after != null) {
                    parameters.add(Parameter.with("after", after));
                }
                Connection<Comment> comments = facebook.fetchConnection(postId + "/comments", Comment.class,
                        parameters.toArray(Parameter[]::new));
                boolean reachedOlder = false;
                for (Comment comment : comments.getData()) {
                    Date created = comment.getCreatedTime();
                    if (created == null || created.toInstant().isBefore(since)) {
                        reachedOlder = true;
                    } else {
                        recent.add(comment);
                    }
                }
                if (reachedOlder || !comments.hasNext() || comments.getAfterCursor() == null) {
                    break;
                }
                after = comments.getAfterCursor();
            }
            return recent;
        });
    }

    private Instant since(String cursor) {
        if (cursor != null) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(cursor.trim()));
            } catch (NumberFormatException | DateTimeException notOurs) {
                // A cursor not written by this poller: start afresh, as on the first poll.
            }
        }
        return clock.instant().minus(FIRST_LOOK_BACK);
    }
}
