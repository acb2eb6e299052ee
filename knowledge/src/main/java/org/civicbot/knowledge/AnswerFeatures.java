package org.civicbot.knowledge;

import java.util.List;

/**
 * How well the best article fits a question, in terms that mean the same in any wiki (shares and ratios,
 * no raw scores), so a calibration fitted on one municipality's questions carries over to another's.
 *
 * @param coverage        rarity-weighted share of the question's words the article contains
 * @param headCoverage    the same share counted in its title, aliases and tags only
 * @param passageCoverage the same share counted in its best passage (with the passage's heading and the
 *                        article's title, aliases and tags)
 * @param wordCoverage    share of the question's words the article contains, each word counting the same
 * @param missing         the rarest word the article lacks, as a share of the rarity of a word no article has
 * @param unknown         rarity-weighted share of the question's words no article contains (a word matched only as
 *                        a likely typo of another counts as unknown)
 * @param words           how many things the question asks about
 * @param margin          how far the article's search score is ahead of the runner-up's, as a share of its own
 */
record AnswerFeatures(double coverage, double headCoverage, double passageCoverage, double wordCoverage,
                      double margin, double missing, double unknown, int words) {

    /** Length of {@link #vector()}. */
    static final int SIZE = 10;

    static AnswerFeatures of(List<AnswerFinder.Group> groups, AnswerFinder.ArticleTerms article,
                             AnswerFinder.PassageMatch passage, double top, double runnerUp, int articleCount) {
        double total = 0;
        double covered = 0;
        double inHead = 0;
        double unknown = 0;
        double missing = 0;
        int coveredWords = 0;
        double rarest = Math.log(1 + (articleCount + 0.5) / 0.5);
        for (AnswerFinder.Group g : groups) {
            total += g.weight();
            if (g.coveredBy(article.all())) {
                covered += g.weight();
                coveredWords++;
                if (g.coveredBy(article.head())) {
                    inHead += g.weight();
                }
            } else {
                missing = Math.max(missing, g.weight() / rarest);
            }
            if (!g.inWiki()) {
                unknown += g.weight();
            }
        }
        double margin = top <= 0 ? 0 : (top - runnerUp) / top;
        if (total == 0) {
            return new AnswerFeatures(0, 0, 0, 0, margin, 0, 0, groups.size());
        }
        return new AnswerFeatures(covered / total, inHead / total, passage.coverage(),
                (double) coveredWords / groups.size(), margin, missing, unknown / total, groups.size());
    }

    /** The inputs of the confidence model; the first is the constant term. */
    double[] vector() {
        // A clear lead means little when the leader covers little of the question, hence the product.
        return new double[] {1, coverage, headCoverage, passageCoverage, wordCoverage, margin, coverage * margin,
                missing, unknown, 1.0 / Math.max(1, words)};
    }
}
