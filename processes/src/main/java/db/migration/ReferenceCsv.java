package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the reference data files under {@code db/reference}: UTF-8, comma-separated, '#' at the start of a line
 * for a comment, blank lines skipped. Commons CSV parses them, so a value with a comma in it (a name, a legal
 * basis) can be quoted ({@code "a,b"} is one value) instead of breaking the row into one column too many.
 * Unquoted values are taken as they stand (spaces kept, no trimming) and a row ending in a comma ends in an empty
 * value, as the plain comma split before it did; the shipped files, which quote nothing, read the same rows.
 */
final class ReferenceCsv {

    /** Commons CSV's default (comma, double quote, no escape, no trimming, empty lines skipped) with comments. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setCommentMarker('#').get();

    private ReferenceCsv() {
    }

    static List<String[]> read(String name) {
        InputStream in = ReferenceCsv.class.getResourceAsStream("/db/reference/" + name);
        if (in == null) {
            throw new IllegalStateException("missing reference data file " + name);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows of the text, each as its values. A line of only spaces is skipped like an empty one (Commons CSV
     * skips only empty lines), as the files were read before.
     */
    static List<String[]> read(Reader text) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            for (CSVRecord record : parser) {
                if (!(record.size() == 1 && record.get(0).isBlank())) {
                    rows.add(record.values());
                }
            }
        }
        return rows;
    }
}
