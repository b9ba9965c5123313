package db.migration;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** The joint penalty measure catalogue as shipped, from {@code db/reference/penalty-measures.csv}. */
public class V11__ReferencePenaltyMeasures extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection().prepareStatement("INSERT INTO penalty_measure "
                + "(code, catalogue, line_code, area, content, legal_basis, list_types, tiers, active, sort_order, "
                + "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'reference')")) {
            int order = 0;
            Timestamp now = Timestamp.from(Instant.now());
            for (String[] row : ReferenceCsv.read("penalty-measures.csv")) {
                for (int i = 0; i < 6; i++) {
                    insert.setString(i + 1, row[i]);
                }
                insert.setString(7, row[6].replace('|', ','));
                insert.setString(8, row[7].replace('|', ','));
                insert.setBoolean(9, true);
                insert.setInt(10, ++order);
                insert.setTimestamp(11, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
