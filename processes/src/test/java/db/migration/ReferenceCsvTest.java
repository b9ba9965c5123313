package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reference data reader: quoted values may hold commas, and every shipped file reads exactly the rows the
 * plain comma split read before Commons CSV took over (the migrations' results must not change).
 */
class ReferenceCsvTest {

    @Test
    void aQuotedValueWithACommaStaysOneColumn() throws IOException {
        List<String[]> rows = ReferenceCsv.read(new StringReader(
                "CM-900,NATIONAL,\"辽宁省发展和改革委员会,省发展改革委\",last\n"));

        assertThat(rows).singleElement().satisfies(row -> assertThat(row)
                .containsExactly("CM-900", "NATIONAL", "辽宁省发展和改革委员会,省发展改革委", "last"));
    }

    @Test
    void aDoubledQuoteInsideQuotesIsOneQuote() throws IOException {
        List<String[]> rows = ReferenceCsv.read(new StringReader("a,\"the \"\"x\"\" rule\"\n"));

        assertThat(rows).singleElement().satisfies(row -> assertThat(row).containsExactly("a", "the \"x\" rule"));
    }

    @Test
    void commentsAndBlankLinesAreSkippedAndUnquotedValuesStandAsWritten() throws IOException {
        String text = "# a comment, with a comma\n\n   \n\t\r\na, b ,\n#another\r\nc,d#e,\n";

        List<String[]> rows = ReferenceCsv.read(new StringReader(text));

        assertThat(rows).containsExactly(new String[] {"a", " b ", ""}, new String[] {"c", "d#e", ""});
        assertSameRows("text", rows, commaSplit(text));
    }

    @Test
    void everyShippedFileReadsTheSameRowsAsTheCommaSplit() throws IOException, URISyntaxException {
        Path folder = Path.of(ReferenceCsv.class.getResource("/db/reference").toURI());
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
        assertThat(files).extracting(f -> f.getFileName().toString()).contains("calendar.csv", "departments.csv",
                "divisions.csv", "penalty-measures.csv", "permit-matters.csv");
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<String[]> rows = ReferenceCsv.read(file.getFileName().toString());
            assertThat(rows).as(file.getFileName().toString()).isNotEmpty();
            assertSameRows(file.getFileName().toString(), rows, commaSplit(text));
        }
    }

    private static void assertSameRows(String source, List<String[]> rows, List<String[]> before) {
        assertThat(rows).as(source).hasSameSizeAs(before);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i)).as(source + " row " + (i + 1)).containsExactly(before.get(i));
        }
    }

    /** How the files were read before: line by line, '#' lines and blank lines skipped, split on every comma. */
    private static List<String[]> commaSplit(String text) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split(",", -1));
                }
            }
        }
        return rows;
    }
}
