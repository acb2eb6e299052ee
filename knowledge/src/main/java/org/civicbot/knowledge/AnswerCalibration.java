package org.civicbot.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Turns {@link AnswerFeatures} into the probability that the best article answers the question (a logistic
 * model fitted on a question set), and holds the threshold above which the bot answers: the lowest that keeps
 * wrong answers — a wrong article, or any article for a question the wiki cannot answer — within the target.
 *
 * <p>The bundled calibration was fitted on the training split of {@code knowledge/questions/}; {@code
 * civicbot-knowledge.jar calibrate} refits it for another wiki and question set.
 */
public record AnswerCalibration(double[] weights, double threshold) {

    /** Share of all questions that may get a wrong answer. */
    public static final double DEFAULT_MAX_WRONG_RATE = 0.05;
    private static final String BUNDLED = "answer-calibration.properties";
    private static final double L2 = 1.0;
    private static final int FOLDS = 5;
    private static final int ITERATIONS = 100;

    public AnswerCalibration {
        if (weights.length != AnswerFeatures.SIZE) {
            throw new IllegalArgumentException("a calibration has " + AnswerFeatures.SIZE + " weights, not "
                    + weights.length);
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be between 0 and 1, was " + threshold);
        }
        weights = weights.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }


    double probability(AnswerFeatures features) {
        return probability(weights, features.vector());
    }

    /** The same model with another threshold. */
    public AnswerCalibration withThreshold(double newThreshold) {
        return new AnswerCalibration(weights, newThreshold);
    }

    static AnswerCalibration bundled() {
        try (InputStream in = AnswerCalibration.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the knowledge jar");
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the properties format {@link #format} writes. */
    public static AnswerCalibration parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String weights = p.getProperty("weights");
        String threshold = p.getProperty("threshold");
        if (weights == null || threshold == null) {
            throw new IllegalArgumentException("an answer calibration needs 'weights' and 'threshold'");
        }
        return new AnswerCalibration(numbers(weights), Double.parseDouble(threshold.strip()));
    }

    private static double[] numbers(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).mapToDouble(Double::parseDouble).toArray();
    }

    public String format(String comment) {
        return "# " + comment + "\n"
                + "# weights: constant, coverage, head coverage, passage coverage, word coverage, margin,"
                + " coverage × margin, missing, unknown, 1/words\n"
                + "weights=" + joined(weights) + "\n"
                + String.format(Locale.ROOT, "threshold=%.4f%n", threshold);
    }

    private static String joined(double[] values) {
        return Arrays.stream(values).mapToObj(w -> String.format(Locale.ROOT, "%.6f", w))
                .collect(Collectors.joining(", "));
    }

    /** One question of a calibration set: the best article's features, and whether that article is right. */
    record Example(AnswerFeatures features, boolean correct, boolean answerable) {
    }

    /**
     * A model fitted on the examples, with the threshold for the wrong-answer target. The threshold is chosen on
     * out-of-fold probabilities (five folds, each scored by a model fitted on the other four), so it reflects
     * questions the model has not seen rather than the ones it was fitted on.
     */
    static AnswerCalibration fit(List<Example> examples, double maxWrongRate) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no questions to calibrate on");
        }
        double[] outOfFold = new double[examples.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Example> rest = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (i % FOLDS != fold) {
                    rest.add(examples.get(i));
                }
            }
            double[] w = logistic(rest);
            for (int i = fold; i < examples.size(); i += FOLDS) {
                outOfFold[i] = probability(w, examples.get(i).features().vector());
            }
        }
        return new AnswerCalibration(logistic(examples), threshold(outOfFold, examples, maxWrongRate));
    }

    private static double[] logistic(List<Example> examples) {
        List<double[]> xs = new ArrayList<>();
        List<Boolean> ys = new ArrayList<>();
        for (Example e : examples) {
            xs.add(e.features().vector());
            ys.add(e.correct());
        }
        return logistic(xs, ys);
    }

    /** L2-regularised logistic regression by Newton's method: deterministic, converges in a few steps. */
    private static double[] logistic(List<double[]> xs, List<Boolean> ys) {
        if (xs.isEmpty()) {
            throw new IllegalArgumentException("nothing to fit on");
        }
        int d = xs.get(0).length;
        double[] w = new double[d];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int i = 0; i < xs.size(); i++) {
                double[] x = xs.get(i);
                double p = probability(w, x);
                double error = p - (ys.get(i) ? 1 : 0);
                for (int j = 0; j < d; j++) {
                    gradient[j] += error * x[j];
                    for (int k = 0; k < d; k++) {
                        hessian[j][k] += p * (1 - p) * x[j] * x[k];
                    }
                }
            }
            for (int j = 1; j < d; j++) {
                gradient[j] += L2 * w[j];
                hessian[j][j] += L2;
            }
            hessian[0][0] += 1e-9;
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int j = 0; j < d; j++) {
                w[j] -= step[j];
                change = Math.max(change, Math.abs(step[j]));
            }
            if (change < 1e-8) {
                break;
            }
        }
        return w;
    }

    private static double probability(double[] w, double[] x) {
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += w[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Gaussian elimination with partial pivoting; the system is small (one row per feature). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = m[col];
            m[col] = m[pivot];
            m[pivot] = tmp;
            for (int r = 0; r < n; r++) {
                if (r != col && m[col][col] != 0) {
                    double f = m[r][col] / m[col][col];
                    for (int k = col; k <= n; k++) {
                        m[r][k] -= f * m[col][k];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][i] == 0 ? 0 : m[i][n] / m[i][i];
        }
        return x;
    }

    /**
     * The lowest threshold at which, given each example's probability, wrong answers stay within the target
     * share of all questions, and unanswerable questions that get an answer within the target share of those.
     */
    static double threshold(double[] probabilities, List<Example> examples, double maxWrongRate) {
        List<double[]> scored = new ArrayList<>();
        int unanswerable = 0;
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            scored.add(new double[] {probabilities[i], e.correct() ? 0 : 1, e.answerable() ? 0 : 1});
            unanswerable += e.answerable() ? 0 : 1;
        }
        scored.sort(Comparator.comparingDouble((double[] s) -> s[0]).reversed());
        double allowedWrong = maxWrongRate * examples.size();
        double allowedUnanswered = maxWrongRate * unanswerable;
        double wrong = 0;
        double answeredUnanswerable = 0;
        double threshold = 1;
        for (int i = 0; i < scored.size(); i++) {
            wrong += scored.get(i)[1];
            answeredUnanswerable += scored.get(i)[2];
            if (wrong > allowedWrong || answeredUnanswerable > allowedUnanswered) {
                break;
            }
            // Answer everything down to this probability; ties move together.
            if (i + 1 == scored.size() || scored.get(i + 1)[0] < scored.get(i)[0]) {
                threshold = scored.get(i)[0];
            }
        }
        return threshold;
    }
}
