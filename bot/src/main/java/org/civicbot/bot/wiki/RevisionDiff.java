package org.civicbot.bot.wiki;

import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import org.civicbot.knowledge.WikiArticle;
import org.civicbot.knowledge.WikiFormat;

/**
 * What a revision changed, as a unified diff of the article file (front matter and body) — the form editors
 * know from version control, and the file they export and import.
 */
final class RevisionDiff {

    private static final int CONTEXT_LINES = 3;

    private RevisionDiff() {
    }

    /** previous is null for an article's first revision, which then shows as added in full. */
    static String between(WikiArticle previous, WikiArticle next) {
        List<String> before = previous == null ? List.of() : WikiFormat.format(previous).lines().toList();
        List<String> after = WikiFormat.format(next).lines().toList();
        String file = WikiFormat.fileName(next.slug());
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(previous == null ? "/dev/null" : "a/" + file,
                "b/" + file, before, DiffUtils.diff(before, after), CONTEXT_LINES);
        return String.join("\n", diff) + "\n";
    }
}
