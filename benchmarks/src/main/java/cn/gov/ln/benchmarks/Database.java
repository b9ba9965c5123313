package cn.gov.ln.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A database a benchmark runs on: a fresh H2 file, or a fresh database on a PostgreSQL server. */
record Database(String name, String url, String username) {

    static Database h2File() throws Exception {
        Path dir = Files.createTempDirectory("credit-bench-h2");
        return new Database("H2 file", "jdbc:h2:file:" + dir.resolve("bench") + ";DB_CLOSE_ON_EXIT=FALSE", "sa");
    }

    /** A fresh H2 file that other processes may open too: the benchmark watches a product node's progress. */
    static Database h2Shared() throws Exception {
        Path dir = Files.createTempDirectory("credit-bench-h2");
        return new Database("H2 file", "jdbc:h2:file:" + dir.resolve("bench") + ";AUTO_SERVER=TRUE", "sa");
    }

    static Database postgres(String serverUrl, String user, String purpose) throws SQLException {
        String name = "credit_bench_" + purpose + "_" + ProcessHandle.current().pid();
        try (Connection connection = DriverManager.getConnection(serverUrl, user, "");
                Statement statement = connection.createStatement()) {
            List<String> leftovers = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT datname FROM pg_database WHERE datname LIKE 'credit\\_bench\\_%'")) {
                while (rows.next()) {
                    leftovers.add(rows.getString(1));
                }
            }
            for (String leftover : leftovers) {
                long pid = Long.parseLong(leftover.substring(leftover.lastIndexOf('_') + 1));
                if (ProcessHandle.of(pid).isEmpty()) {
                    statement.execute("DROP DATABASE IF EXISTS " + leftover + " WITH (FORCE)");
                }
            }
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        }
        return new Database("PostgreSQL", serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name, user);
    }

    /** A database on the PostgreSQL server that exists already, used as it is. */
    static Database existingPostgres(String serverUrl, String user, String name) {
        return new Database("PostgreSQL", serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name, user);
    }

    /** Drops a PostgreSQL database made by {@link #postgres}: the province's ten million subjects take gigabytes. */
    void dropPostgres(String serverUrl, String user) throws SQLException {
        if (!url.startsWith("jdbc:postgresql:")) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(serverUrl, user, "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + url.substring(url.lastIndexOf('/') + 1) + " WITH (FORCE)");
        }
    }

    /**
     * Refreshes the planner's statistics, as autovacuum does on a server that runs it (this machine's PostgreSQL has
     * it off): tables filled from empty during a benchmark are otherwise planned as if they had no rows, and
     * PostgreSQL then read a whole index of process variables for each one it wanted.
     */
    void analyze() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, username, "");
                Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
    }

    /** Deletes an H2 database's files once nothing uses them: a seeded task list takes gigabytes. */
    void deleteFiles() throws IOException {
        if (!url.startsWith("jdbc:h2:file:")) {
            return;
        }
        Path dir = Path.of(url.substring("jdbc:h2:file:".length(), url.indexOf(';'))).getParent();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    static boolean reachable(String serverUrl, String user) {
        try (Connection ignored = DriverManager.getConnection(serverUrl, user, "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
