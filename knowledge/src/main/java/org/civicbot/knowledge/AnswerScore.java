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
                   int answeredWrong, int abstainedAnswerable, int abstainedUnanswerable, double brier) {

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
        for (QuestionSet.Question q : questions) {
            Answer a = answerer.apply(q);
            String first = a.ranking().isEmpty() ? null : a.ranking().get(0).slug();
            boolean firstRight = q.answerable() && q.article().equals(first);
            brier += Math.pow(a.confidence() - (firstRight ? 1 : 0), 2);
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
                abstainedUnanswerable, questions.isEmpty() ? 0 : brier / questions.size());
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
