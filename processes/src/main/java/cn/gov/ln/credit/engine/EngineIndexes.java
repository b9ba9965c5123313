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
 * Adds the index the engine's own schema lacks: every task completion looks up child tasks by
 * {@code PARENT_TASK_ID_}, which without an index scans all open tasks (camunda/camunda#36824). Created once, on
 * every supported database, before the first deployment runs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class EngineIndexes extends AbstractProcessEnginePlugin {

    static final String TASK_PARENT = "CRD_IDX_TASK_PARENT";
    private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getDataSource();
        try (Connection connection = dataSource.getConnection()) {
            if (!exists(connection, "ACT_RU_TASK", TASK_PARENT)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE INDEX " + TASK_PARENT + " ON ACT_RU_TASK (PARENT_TASK_ID_)");
                }
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
                LOG.info("Created index {} on ACT_RU_TASK (PARENT_TASK_ID_)", TASK_PARENT);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the engine index " + TASK_PARENT, e);
        }
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
