package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * What a matter's guide (办事指南) needs beyond V8's catalogue: its conditions and fees (from the last two columns
 * of {@code permit-matters.csv}) and its material catalogue (from {@code permit-materials.csv}): each paper,
 * whether it is required, whether a pledge in lieu replaces it, and its own file types and size where they
 * differ from the default. A Java migration, as the data comes from the reference files; the one type that
 * differs between the databases (the flag) is chosen here as the SQL migrations' placeholder would.
 */
public class V24__PermitMatterGuide extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String flag = connection.getMetaData().getDatabaseProductName().startsWith("Oracle") ? "NUMBER(1)"
                : "BOOLEAN";
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE permit_matter ADD conditions VARCHAR(2000)");
            ddl.execute("ALTER TABLE permit_matter ADD fees VARCHAR(500)");
            ddl.execute("CREATE TABLE permit_material ("
                    + "matter_code VARCHAR(32) NOT NULL REFERENCES permit_matter (code), "
                    + "seq INTEGER NOT NULL, "
                    + "name VARCHAR(200) NOT NULL, "
                    + "mandatory " + flag + " NOT NULL, "
                    + "replaced_by_pledge " + flag + " NOT NULL, "
                    + "accepted_types VARCHAR(200), "
                    + "max_size_mb INTEGER, "
                    + "CONSTRAINT pk_permit_material PRIMARY KEY (matter_code, seq))");
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE permit_matter SET conditions = ?, fees = ? WHERE code = ?")) {
            for (String[] row : ReferenceCsv.read("permit-matters.csv")) {
                update.setString(1, row[8]);
                update.setString(2, row[9]);
                update.setString(3, row[0]);
                update.addBatch();
            }
            update.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO permit_material (matter_code, seq, "
                + "name, mandatory, replaced_by_pledge, accepted_types, max_size_mb) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            java.util.Map<String, Integer> seq = new java.util.HashMap<>();
            for (String[] row : ReferenceCsv.read("permit-materials.csv")) {
                insert.setString(1, row[0]);
                insert.setInt(2, seq.merge(row[0], 1, Integer::sum));
                insert.setString(3, row[1]);
                insert.setBoolean(4, Boolean.parseBoolean(row[2]));
                insert.setBoolean(5, Boolean.parseBoolean(row[3]));
                insert.setString(6, row[4].isBlank() ? null : row[4]);
                if (row[5].isBlank()) {
                    insert.setNull(7, Types.INTEGER);
                } else {
                    insert.setInt(7, Integer.parseInt(row[5]));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
