package db.migration;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** The joint incentive measure catalogue as shipped, from {@code db/reference/incentive-measures.csv}. */
public class V26_1__ReferenceIncentiveMeasures extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection().prepareStatement("INSERT INTO incentive_measure "
                + "(code, catalogue, line_code, area, content, legal_basis, active, sort_order, updated_at, "
                + "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'reference')")) {
            int order = 0;
            Timestamp now = Timestamp.from(Instant.now());
            for (String[] row : ReferenceCsv.read("incentive-measures.csv")) {
                for (int i = 0; i < 6; i++) {
                    insert.setString(i + 1, row[i]);
                }
                insert.setBoolean(7, true);
                insert.setInt(8, ++order);
                insert.setTimestamp(9, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
