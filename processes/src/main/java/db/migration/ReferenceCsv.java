package db.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the reference data files under {@code db/reference}: UTF-8, comma-separated, '#' comments. */
final class ReferenceCsv {

    private ReferenceCsv() {
    }

    static List<String[]> read(String name) {
        InputStream in = ReferenceCsv.class.getResourceAsStream("/db/reference/" + name);
        if (in == null) {
            throw new IllegalStateException("missing reference data file " + name);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
