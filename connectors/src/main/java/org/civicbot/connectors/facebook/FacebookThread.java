package org.civicbot.connectors.facebook;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a Facebook reply goes, written into {@link org.civicbot.connectors.InboundMessage#threadId()} when the
 * message comes in and read back when the reply goes out: a Messenger conversation with a citizen
 * ({@code messenger:<page-scoped id>}) or a comment under one of the Page's posts
 * ({@code comment:<post id>:<comment id>}), answered under that comment or privately from it.
 */
public sealed interface FacebookThread {

    /** The thread id as stored with the message. */
    String id();

    /** A Messenger conversation with the citizen whose page-scoped id (PSID) this is. */
    record Conversation(String psid) implements FacebookThread {
        public Conversation {
            requireIdPart(psid, "psid");
        }

        @Override
        public String id() {
            return "messenger:" + psid;
        }
    }

    /** A citizen's comment on a post of the Page. */
    record Comment(String postId, String commentId) implements FacebookThread {
        public Comment {
            requireIdPart(postId, "postId");
            requireIdPart(commentId, "commentId");
        }

        @Override
        public String id() {
            return "comment:" + postId + ":" + commentId;
        }
    }

    /** The thread a stored thread id names, or empty when it is not one this channel wrote. */
    static Optional<FacebookThread> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String[] parts = id.split(":", -1);
        try {
            if (parts.length == 2 && parts[0].equals("messenger")) {
                return Optional.of(new Conversation(parts[1]));
            }
            if (parts.length == 3 && parts[0].equals("comment")) {
                return Optional.of(new Comment(parts[1], parts[2]));
            }
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static void requireIdPart(String value, String name) {
        Objects.requireNonNull(value, name);
        // Graph ids are digits and underscores; anything else would make the thread id ambiguous or a path.
        if (!value.matches("[0-9A-Za-z_.-]+")) {
            throw new IllegalArgumentException(name + " is not a Graph id: " + value);
        }
    }
}
