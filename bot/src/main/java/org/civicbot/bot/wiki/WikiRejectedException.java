package org.civicbot.bot.wiki;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A wiki request that is refused, with nothing changed; answered as a problem document (404 for an article or
 * revision that does not exist, 422 for content that is wrong, 413 for content that is too large), saying what
 * is wrong in words an editor can act on.
 */
public class WikiRejectedException extends ErrorResponseException {

    /** One file of an imported archive and what is wrong with it. */
    public record FileProblem(String file, String problem) {
    }

    private WikiRejectedException(HttpStatus status, String detail, List<FileProblem> files) {
        super(status, problem(status, detail, files), null);
    }

    public static WikiRejectedException invalid(String detail) {
        return new WikiRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, detail, List.of());
    }

    public static WikiRejectedException notFound(String detail) {
        return new WikiRejectedException(HttpStatus.NOT_FOUND, detail, List.of());
    }

    public static WikiRejectedException noArticle(String slug) {
        return notFound("No wiki article '" + slug + "'");
    }

    public static WikiRejectedException tooLarge(String detail) {
        return new WikiRejectedException(HttpStatus.CONTENT_TOO_LARGE, detail, List.of());
    }

    /** An archive with wrong files; every one is named, in the detail and in the {@code files} property. */
    public static WikiRejectedException badFiles(List<FileProblem> files) {
        String detail = "Nothing was imported: " + files.size() + (files.size() == 1 ? " file is" : " files are")
                + " wrong. " + files.stream().map(f -> f.file() + ": " + f.problem()).collect(Collectors.joining("; "));
        return new WikiRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, detail, List.copyOf(files));
    }

    private static ProblemDetail problem(HttpStatus status, String detail, List<FileProblem> files) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status == HttpStatus.NOT_FOUND ? "Not found" : "Wiki change rejected");
        if (!files.isEmpty()) {
            problem.setProperty("files", files);
        }
        return problem;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
