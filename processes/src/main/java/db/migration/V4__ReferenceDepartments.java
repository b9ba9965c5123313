package db.migration;

import cn.gov.ln.credit.division.DivisionCodes;
import cn.gov.ln.credit.division.DivisionLevel;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The provincial member departments and, for the lines that have them, their bureau in every city, from
 * {@code db/reference/departments.csv}.
 */
public class V4__ReferenceDepartments extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Map<String, String> cities = new LinkedHashMap<>();
        try (Statement query = context.getConnection().createStatement();
                ResultSet rows = query.executeQuery("SELECT code, name FROM division ORDER BY code")) {
            while (rows.next()) {
                if (DivisionCodes.levelOf(rows.getString(1)) == DivisionLevel.CITY) {
                    cities.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        List<String[]> lines = ReferenceCsv.read("departments.csv");
        try (PreparedStatement insert = context.getConnection().prepareStatement(
                "INSERT INTO department (code, name, short_name, line_code, division_code, uscc, member_unit, sort_order)"
                        + " VALUES (?, ?, ?, ?, ?, NULL, ?, ?)")) {
            int order = 0;
            List<String[]> cityLines = new ArrayList<>();
            for (String[] line : lines) {
                add(insert, DivisionCodes.PROVINCE, line[0], line[1], line[2], true, ++order);
                if (!line[3].isEmpty()) {
                    cityLines.add(line);
                }
            }
            for (Map.Entry<String, String> city : cities.entrySet()) {
                order = 0;
                for (String[] line : cityLines) {
                    String name = line[3].replace("{city}", city.getValue());
                    add(insert, city.getKey(), line[0], name, null, false, ++order);
                }
            }
            insert.executeBatch();
        }
    }

    private static void add(PreparedStatement insert, String division, String line, String name, String shortName,
            boolean memberUnit, int order) throws Exception {
        insert.setString(1, division + "-" + line);
        insert.setString(2, name);
        insert.setString(3, shortName);
        insert.setString(4, line);
        insert.setString(5, division);
        insert.setBoolean(6, memberUnit);
        insert.setInt(7, order);
        insert.addBatch();
    }
}
