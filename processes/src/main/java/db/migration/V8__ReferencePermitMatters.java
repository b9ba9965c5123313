package db.migration;

import java.sql.PreparedStatement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** The catalogue of permit matters, from {@code db/reference/permit-matters.csv}. */
public class V8__ReferencePermitMatters extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection().prepareStatement("INSERT INTO permit_matter "
                + "(code, line_code, name, in_lieu_allowed, high_risk, statutory_days, required_papers, legal_basis, "
                + "sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int order = 0;
            for (String[] row : ReferenceCsv.read("permit-matters.csv")) {
                insert.setString(1, row[0]);
                insert.setString(2, row[1]);
                insert.setString(3, row[2]);
                insert.setBoolean(4, Boolean.parseBoolean(row[3]));
                insert.setBoolean(5, Boolean.parseBoolean(row[4]));
                insert.setInt(6, Integer.parseInt(row[5]));
                insert.setString(7, row[6]);
                insert.setString(8, row[7]);
                insert.setInt(9, ++order);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
