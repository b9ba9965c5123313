package cn.gov.ln.credit.engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Adds the indexes the engine's own schema lacks. Every task completion looks up child tasks by
 * {@code PARENT_TASK_ID_}, which without an index scans all open tasks (camunda/camunda#36824); the officers' task
 * list reads open tasks in due-date order (by default) or in order of arrival, which an index in that order lets a
 * database read a page at a time.
 * Created once, on every supported database, before the first deployment runs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class EngineIndexes extends AbstractProcessEnginePlugin {

    static final String TASK_PARENT = "CRD_IDX_TASK_PARENT";
    static final String TASK_DUE = "CRD_IDX_TASK_DUE";
    static final String TASK_CREATED = "CRD_IDX_TASK_CREATED";
    private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getDataSource();
        try (Connection connection = dataSource.getConnection()) {
            // Oracle sorts nulls last in ascending indexes and has no syntax to say so
            boolean oracle = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("oracle");
            create(connection, TASK_PARENT, "PARENT_TASK_ID_");
            create(connection, TASK_DUE, (oracle ? "DUE_DATE_" : "DUE_DATE_ ASC NULLS LAST") + ", CREATE_TIME_, ID_");
            create(connection, TASK_CREATED, "CREATE_TIME_, ID_");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the engine's extra indexes", e);
        }
    }

    private static void create(Connection connection, String index, String columns) throws SQLException {
        if (exists(connection, "ACT_RU_TASK", index)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE INDEX " + index + " ON ACT_RU_TASK (" + columns + ")");
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
        LOG.info("Created index {} on ACT_RU_TASK ({})", index, columns);
    }

    static boolean exists(Connection connection, String table, String index) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
            try (ResultSet indexes = meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), name, false,
                    true)) {
                while (indexes.next()) {
                    if (index.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
