package org.civicbot.bot.gaps;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civicbot.bot.api.InvalidRequestException;
import org.civicbot.bot.api.PageOf;
import org.civicbot.knowledge.SimilarQuestions;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The knowledge gaps for wiki editors: the questions of a period that the bot abstained on or answered badly,
 * grouped when they ask the same thing, largest group first. The citizens' words are returned as JSON strings,
 * never as markup.
 */
@RestController
@RequestMapping("/api/knowledge/gaps")
class KnowledgeGapController {

    /**
     * Gaps grouped per request at most, the newest: grouping compares each question with every group so far, and
     * a period with more gaps than this says more about the wiki than any grouping could.
     */
    static final int MAX_GAPS_GROUPED = 5_000;
    static final int MAX_DAYS = 365;
    static final int MAX_SIZE = 100;
    static final int MAX_EXAMPLES = 5;

    private final KnowledgeGapRepository gaps;
    private final Clock clock;
    private final SimilarQuestions similar = new SimilarQuestions(SimilarQuestions.DEFAULT_SIMILARITY);

    KnowledgeGapController(KnowledgeGapRepository gaps, Clock clock) {
        this.gaps = gaps;
        this.clock = clock;
    }

    /**
     * Questions that ask the same thing.
     *
     * @param question    the most recent of them
     * @param examples    up to five different wordings, most recent first (the question among them)
     * @param reasons     how many of them were recorded for each reason
     * @param bestGuesses the articles the bot came closest with or answered from, most frequent first
     * @param lastAskedAt when a citizen last asked
     */
    record GapGroup(int count, String question, List<String> examples, List<String> languages,
                    Map<GapReason, Long> reasons, List<String> bestGuesses, Instant lastAskedAt) {
    }

    /**
     * One page of groups ({@code items}, {@code page}, {@code size}, {@code total} as every list of the API).
     *
     * @param gapsInPeriod all gaps recorded since {@code since}
     * @param gapsGrouped  how many of them, the newest, the groups are made of: at most {@code groupedLimit}
     */
    record GapReport(List<GapGroup> items, int page, int size, long total, int days, Instant since,
                     long gapsInPeriod, int gapsGrouped, int groupedLimit) {
    }

    @GetMapping
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    GapReport list(@RequestParam(defaultValue = "30") int days,
                   @RequestParam(defaultValue = "0") int page,
                   @RequestParam(defaultValue = "20") int size) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidRequestException("days must be between 1 and " + MAX_DAYS + ", was " + days);
        }
        int offset = PageOf.offset(page, size, MAX_SIZE);
        Instant since = clock.instant().minus(Duration.ofDays(days));
        List<KnowledgeGap> newest = gaps.newestSince(since, MAX_GAPS_GROUPED);
        List<GapGroup> groups = similar.group(newest, KnowledgeGap::question, KnowledgeGap::language).stream()
                .map(KnowledgeGapController::group)
                .toList();
        List<GapGroup> items = groups.stream().skip(offset).limit(size).toList();
        return new GapReport(items, page, size, groups.size(), days, since, gaps.countSince(since), newest.size(),
                MAX_GAPS_GROUPED);
    }

    /** A group of gaps, newest first, as editors see it. */
    private static GapGroup group(List<KnowledgeGap> gaps) {
        Map<GapReason, Long> reasons = new EnumMap<>(GapReason.class);
        for (GapReason reason : GapReason.values()) {
            reasons.put(reason, gaps.stream().filter(g -> g.reason() == reason).count());
        }
        Map<String, Long> guesses = gaps.stream().map(KnowledgeGap::bestGuess).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return new GapGroup(
                gaps.size(),
                gaps.get(0).question(),
                gaps.stream().map(KnowledgeGap::question).distinct().limit(MAX_EXAMPLES).toList(),
                gaps.stream().map(KnowledgeGap::language).filter(Objects::nonNull).distinct().sorted().toList(),
                reasons,
                guesses.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .map(Map.Entry::getKey)
                        .toList(),
                gaps.stream().map(KnowledgeGap::askedAt).max(Comparator.naturalOrder()).orElseThrow());
    }
}
