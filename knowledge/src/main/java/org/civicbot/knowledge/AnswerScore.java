package org.civicbot.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * How well answers match a question set. Recall@1 and MRR judge the ranking of answerable questions (was the
 * right article first / how high); the rates judge what the bot would have done: a wrong answer is a wrong
 * article, or any article for a question the wiki cannot answer.
 */
record AnswerScore(int answerable, int unanswerable, double recallAt1, double mrr, int answeredRight,
                   int answeredWrong, int abstainedAnswerable, int abstainedUnanswerable, double brier,
                   int[] binCount, double[] binConfidence, double[] binRight) {

    /** Confidence bins of the reliability table: 0–0.2, 0.2–0.4, … 0.8–1. */
    static final int BINS = 5;

    static AnswerScore of(List<QuestionSet.Question> questions, Function<QuestionSet.Question, Answer> answerer) {
        int answerable = 0;
        int unanswerable = 0;
        int top1 = 0;
        double reciprocal = 0;
        int right = 0;
        int wrong = 0;
        int abstainedAnswerable = 0;
        int abstainedUnanswerable = 0;
        double brier = 0;
        int[] binCount = new int[BINS];
        double[] binConfidence = new double[BINS];
        double[] binRight = new double[BINS];
        for (QuestionSet.Question q : questions) {
            Answer a = answerer.apply(q);
            String first = a.ranking().isEmpty() ? null : a.ranking().get(0).slug();
            boolean firstRight = q.answerable() && q.article().equals(first);
            brier += Math.pow(a.confidence() - (firstRight ? 1 : 0), 2);
            int bin = Math.min(BINS - 1, (int) (a.confidence() * BINS));
            binCount[bin]++;
            binConfidence[bin] += a.confidence();
            binRight[bin] += firstRight ? 1 : 0;
            if (q.answerable()) {
                answerable++;
                top1 += firstRight ? 1 : 0;
                for (int i = 0; i < a.ranking().size(); i++) {
                    if (a.ranking().get(i).slug().equals(q.article())) {
                        reciprocal += 1.0 / (i + 1);
                        break;
                    }
                }
                if (a.abstained()) {
                    abstainedAnswerable++;
                } else if (a.article().slug().equals(q.article())) {
                    right++;
                } else {
                    wrong++;
                }
            } else {
                unanswerable++;
                if (a.abstained()) {
                    abstainedUnanswerable++;
                } else {
                    wrong++;
                }
            }
        }
        return new AnswerScore(answerable, unanswerable, answerable == 0 ? 0 : (double) top1 / answerable,
                answerable == 0 ? 0 : reciprocal / answerable, right, wrong, abstainedAnswerable,
                abstainedUnanswerable, questions.isEmpty() ? 0 : brier / questions.size(), binCount, binConfidence,
                binRight);
    }

    /** Per confidence bin: questions, mean confidence, and the share whose best article was right. */
    String reliability() {
        StringBuilder out = new StringBuilder("confidence   questions  mean confidence  best article right\n");
        for (int b = 0; b < BINS; b++) {
            out.append(String.format(Locale.ROOT, "%.1f–%.1f %12d %16s %19s%n", (double) b / BINS, (double) (b + 1) / BINS,
                    binCount[b], binCount[b] == 0 ? "-" : String.format(Locale.ROOT, "%.2f", binConfidence[b] / binCount[b]),
                    binCount[b] == 0 ? "-" : String.format(Locale.ROOT, "%.2f", binRight[b] / binCount[b])));
        }
        return out.toString();
    }

    int total() {
        return answerable + unanswerable;
    }

    /** Wrong answers as a share of all questions. */
    double wrongRate() {
        return total() == 0 ? 0 : (double) answeredWrong / total();
    }

    /** Wrong answers as a share of the answers given. */
    double wrongWhenAnswering() {
        int answered = answeredRight + answeredWrong;
        return answered == 0 ? 0 : (double) answeredWrong / answered;
    }

    double abstainRate() {
        return total() == 0 ? 0 : (double) (abstainedAnswerable + abstainedUnanswerable) / total();
    }

    double unanswerableAbstained() {
        return unanswerable == 0 ? 0 : (double) abstainedUnanswerable / unanswerable;
    }

    double answerableAnsweredRight() {
        return answerable == 0 ? 0 : (double) answeredRight / answerable;
    }

    String row(String name) {
        return String.format(Locale.ROOT, "%-22s %9.3f %6.3f %11.3f %12.3f %9.3f %13.3f %15.3f %7.3f", name, recallAt1,
                mrr, answerableAnsweredRight(), wrongRate(), wrongWhenAnswering(), abstainRate(),
                unanswerableAbstained(), brier);
    }

    static String header() {
        return String.format(Locale.ROOT, "%-22s %9s %6s %11s %12s %9s %13s %15s %7s", "", "Recall@1", "MRR",
                "answered ok", "wrong (all)", "wrong/ans", "abstain (all)", "unanswerable ab", "Brier");
    }
}
