package org.civicbot.classifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well predictions match the gold labels: accuracy, macro-averaged F1 over the labels that occur,
 * the confusion matrix, and the expected calibration error of the confidences (how far "80 % sure" is from
 * being right 80 % of the time).
 */
public record Evaluation(List<String> labels, int[][] confusion, double accuracy, double macroF1,
                         double calibrationError, int count) {

    private static final int CALIBRATION_BINS = 10;

    /**
     * @param labels     every label, in display order
     * @param confidence the confidence of each prediction, or null when the predictor gives none
     */
    public static Evaluation of(List<String> labels, List<String> gold, List<String> predicted, List<Double> confidence) {
        int n = labels.size();
        int[][] confusion = new int[n][n];
        int correct = 0;
        for (int i = 0; i < gold.size(); i++) {
            int g = labels.indexOf(gold.get(i));
            int p = labels.indexOf(predicted.get(i));
            confusion[g][p]++;
            if (g == p) {
                correct++;
            }
        }
        return new Evaluation(List.copyOf(labels), confusion, (double) correct / gold.size(),
                macroF1(confusion), confidence == null ? Double.NaN : calibrationError(gold, predicted, confidence),
                gold.size());
    }

    /** F1 averaged over the labels present in the gold data or predicted. */
    private static double macroF1(int[][] confusion) {
        double sum = 0;
        int present = 0;
        for (int k = 0; k < confusion.length; k++) {
            int truePositive = confusion[k][k];
            int goldCount = 0;
            int predictedCount = 0;
            for (int j = 0; j < confusion.length; j++) {
                goldCount += confusion[k][j];
                predictedCount += confusion[j][k];
            }
            if (goldCount == 0 && predictedCount == 0) {
                continue;
            }
            present++;
            sum += goldCount + predictedCount == 0 ? 0 : 2.0 * truePositive / (goldCount + predictedCount);
        }
        return present == 0 ? 0 : sum / present;
    }

    private static double calibrationError(List<String> gold, List<String> predicted, List<Double> confidence) {
        double[] confidenceSum = new double[CALIBRATION_BINS];
        int[] correct = new int[CALIBRATION_BINS];
        int[] count = new int[CALIBRATION_BINS];
        for (int i = 0; i < gold.size(); i++) {
            int bin = Math.min((int) (confidence.get(i) * CALIBRATION_BINS), CALIBRATION_BINS - 1);
            confidenceSum[bin] += confidence.get(i);
            count[bin]++;
            if (gold.get(i).equals(predicted.get(i))) {
                correct[bin]++;
            }
        }
        double error = 0;
        for (int b = 0; b < CALIBRATION_BINS; b++) {
            if (count[b] > 0) {
                error += Math.abs(confidenceSum[b] / count[b] - (double) correct[b] / count[b]) * count[b];
            }
        }
        return error / gold.size();
    }

    /** A plain-text report: the figures, then the confusion matrix with gold labels as rows. */
    public String report(String title) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s (n=%d): accuracy %.3f, macro-F1 %.3f", title, count, accuracy, macroF1));
        if (!Double.isNaN(calibrationError)) {
            out.append(String.format(Locale.ROOT, ", calibration error %.3f", calibrationError));
        }
        out.append('\n');
        List<String> shortNames = new ArrayList<>();
        labels.forEach(l -> shortNames.add(l.length() > 6 ? l.substring(0, 6) : l));
        out.append(String.format("  %-22s", "gold \\ predicted"));
        shortNames.forEach(s -> out.append(String.format(" %6s", s)));
        out.append('\n');
        for (int g = 0; g < labels.size(); g++) {
            out.append(String.format("  %-22s", labels.get(g)));
            for (int p = 0; p < labels.size(); p++) {
                out.append(String.format(" %6d", confusion[g][p]));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
