package db.migration;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Public holidays and swapped working days of 2026 and 2027, from {@code db/reference/calendar.csv}. */
public class V5__ReferenceCalendar extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection().prepareStatement(
                "INSERT INTO calendar_day (calendar_date, kind, name, source) VALUES (?, ?, ?, ?)")) {
            for (String[] row : ReferenceCsv.read("calendar.csv")) {
                insert.setDate(1, Date.valueOf(LocalDate.parse(row[0])));
                insert.setString(2, row[1]);
                insert.setString(3, row[2]);
                insert.setString(4, row[3]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
