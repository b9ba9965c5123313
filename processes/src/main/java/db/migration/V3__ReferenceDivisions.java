package db.migration;

import cn.gov.ln.credit.division.DivisionCodes;
import java.sql.PreparedStatement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** The province, its 14 cities and their counties, from {@code db/reference/divisions.csv}. */
public class V3__ReferenceDivisions extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection().prepareStatement(
                "INSERT INTO division (code, name, level_code, parent_code) VALUES (?, ?, ?, ?)")) {
            for (String[] row : ReferenceCsv.read("divisions.csv")) {
                String code = row[0];
                insert.setString(1, code);
                insert.setString(2, row[1]);
                insert.setString(3, DivisionCodes.levelOf(code).name());
                insert.setString(4, DivisionCodes.parentOf(code));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
