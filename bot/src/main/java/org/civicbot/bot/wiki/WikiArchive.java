package org.civicbot.bot.wiki;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.civicbot.bot.wiki.WikiRejectedException.FileProblem;
import org.civicbot.knowledge.Synonyms;
import org.civicbot.knowledge.WikiArticle;
import org.civicbot.knowledge.WikiFormat;

/**
 * The wiki directory format ({@code <slug>.md} files and {@code synonyms.txt}) as a zip archive, for export and
 * import. An archive comes from outside, so reading it is bounded: a limited number of files, each and all of
 * them a limited size however well they compress, and only plain file names at the top level (no folders, no
 * {@code ..}), so no entry can name anything but an article.
 */
final class WikiArchive {

    static final int MAX_FILES = 2_000;
    /** Room for the largest synonym list ({@link Synonyms#MAX_CHARS} characters of UTF-8); articles are smaller. */
    static final int MAX_FILE_BYTES = 1_000_000;
    static final long MAX_TOTAL_BYTES = 50_000_000;
    private static final int MAX_NAME_CHARS = 255;

    private WikiArchive() {
    }

    /** Every article as {@code <slug>.md} and the synonym list as {@code synonyms.txt}. */
    static byte[] write(List<WikiArticle> articles, String synonyms) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (WikiArticle article : articles) {
                put(zip, WikiFormat.fileName(article.slug()), WikiFormat.format(article));
            }
            put(zip, WikiFormat.SYNONYMS_FILE, synonyms);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a zip archive in memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /**
     * The articles and synonym list in the archive (a {@code README.md} is skipped, as in a wiki folder). Throws
     * {@link WikiRejectedException} naming every wrong file, or the limit the archive breaks.
     */
    static WikiEditor.Import read(byte[] archive) {
        List<WikiArticle> articles = new ArrayList<>();
        Synonyms synonyms = null;
        List<FileProblem> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files(archive).entrySet()) {
            String name = file.getKey();
            try {
                if (name.equals(WikiFormat.SYNONYMS_FILE)) {
                    synonyms = Synonyms.parse(utf8(file.getValue()));
                } else if (WikiFormat.isArticleFile(name)) {
                    articles.add(article(name, file.getValue()));
                } else if (!name.equalsIgnoreCase("README.md")) {
                    problems.add(new FileProblem(name, "is neither an article (<slug>.md) nor "
                            + WikiFormat.SYNONYMS_FILE));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new FileProblem(name, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw WikiRejectedException.badFiles(problems);
        }
        return new WikiEditor.Import(articles, synonyms);
    }

    /** Text in UTF-8, the wiki's only encoding; a broken byte sequence is an error, not a silent '�'. */
    static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the text is not valid UTF-8");
        }
    }

    private static WikiArticle article(String fileName, byte[] content) {
        if (content.length > WikiEditor.MAX_ARTICLE_BYTES) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "is %,d bytes; the limit is %,d",
                    content.length, WikiEditor.MAX_ARTICLE_BYTES));
        }
        return WikiFormat.parseFile(fileName, utf8(content));
    }

    /** The archive's files by name, in archive order, read within the limits. */
    private static Map<String, byte[]> files(byte[] archive) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (files.size() == MAX_FILES) {
                    throw WikiRejectedException.invalid("The archive holds more than " + MAX_FILES + " files");
                }
                if (!plainFileName(name)) {
                    throw WikiRejectedException.invalid("The archive entry '" + shortened(name) + "' is not a file at "
                            + "the archive's top level; folders, '..' and absolute paths are refused (zip the files, "
                            + "not the folder they are in)");
                }
                if (files.containsKey(name)) {
                    throw WikiRejectedException.invalid("The archive holds '" + name + "' twice");
                }
                byte[] content = readAtMost(zip, name);
                total += content.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw WikiRejectedException.tooLarge(String.format(Locale.ROOT,
                            "The archive unpacks to more than %,d bytes", MAX_TOTAL_BYTES));
                }
                files.put(name, content);
            }
        } catch (IOException e) {
            throw WikiRejectedException.invalid("The archive is not a readable zip file: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw WikiRejectedException.invalid("The archive is empty or not a zip file; it must hold <slug>.md "
                    + "files and optionally " + WikiFormat.SYNONYMS_FILE);
        }
        return files;
    }

    /** Reads the entry, but never more than the limit, whatever its header claims. */
    private static byte[] readAtMost(InputStream entry, String name) throws IOException {
        byte[] content = entry.readNBytes(MAX_FILE_BYTES + 1);
        if (content.length > MAX_FILE_BYTES) {
            throw WikiRejectedException.tooLarge(String.format(Locale.ROOT,
                    "The archive file '%s' unpacks to more than %,d bytes", name, MAX_FILE_BYTES));
        }
        return content;
    }

    private static boolean plainFileName(String name) {
        return !name.isEmpty() && name.length() <= MAX_NAME_CHARS && name.indexOf('/') < 0 && name.indexOf('\\') < 0
                && !name.equals(".") && !name.equals("..") && name.chars().noneMatch(Character::isISOControl);
    }

    private static String shortened(String name) {
        String printable = name.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 80 ? printable : printable.substring(0, 80) + "…";
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
