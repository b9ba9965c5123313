package cn.gov.ln.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A database a benchmark runs on: a fresh H2 file, or a fresh database on a PostgreSQL server. */
record Database(String name, String url, String username) {

    static Database h2File() throws Exception {
        Path dir = Files.createTempDirectory("credit-bench-h2");
        return new Database("H2 file", "jdbc:h2:file:" + dir.resolve("bench") + ";DB_CLOSE_ON_EXIT=FALSE", "sa");
    }

    static Database postgres(String serverUrl, String user) throws SQLException {
        String name = "credit_bench_" + ProcessHandle.current().pid();
        try (Connection connection = DriverManager.getConnection(serverUrl, user, "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        }
        return new Database("PostgreSQL", serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name, user);
    }

    static boolean reachable(String serverUrl, String user) {
        try (Connection ignored = DriverManager.getConnection(serverUrl, user, "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
