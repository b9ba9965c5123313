package cn.gov.ln.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A fresh database on the local PostgreSQL server for one test JVM, when the PostgreSQL tests are switched on
 * ({@code -Dit.postgres=true}, server at {@code it.postgres.url}, trust authentication). Databases of test JVMs
 * that have ended are dropped when the next one starts, not at JVM exit, where the engine may still be using
 * its connections.
 */
public final class PostgresTestDatabase {

    public static final String SWITCH = "it.postgres";
    private static String url;

    private PostgresTestDatabase() {
    }

    public static boolean enabled() {
        return Boolean.getBoolean(SWITCH);
    }

    public static String user() {
        return System.getProperty("it.postgres.user", "postgres");
    }

    /** Creates the database on first use. */
    public static synchronized String url() {
        if (url == null) {
            String server = System.getProperty("it.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
            String name = "credit_it_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                    + "_" + ProcessHandle.current().pid();
            dropLeftovers(server);
            execute(server, "CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            url = server.substring(0, server.lastIndexOf('/') + 1) + name;
        }
        return url;
    }

    /**
     * Another fresh database, for an application process a test starts on its own (a crash, a second node); dropped
     * with the others once this JVM has ended.
     */
    public static synchronized String fresh(String purpose) {
        String server = System.getProperty("it.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String name = "credit_it_" + purpose + "_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern(
                "yyyyMMddHHmmss")) + "_" + ProcessHandle.current().pid();
        execute(server, "CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        return server.substring(0, server.lastIndexOf('/') + 1) + name;
    }

    private static void dropLeftovers(String server) {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (Connection connection = DriverManager.getConnection(server, user(), "");
                Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery(
                        "SELECT datname FROM pg_database WHERE datname LIKE 'credit_it_%'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list test databases: " + e.getMessage(), e);
        }
        for (String name : names) {
            long pid = Long.parseLong(name.substring(name.lastIndexOf('_') + 1));
            if (ProcessHandle.of(pid).isEmpty()) {
                execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    private static void execute(String server, String sql) {
        try (Connection connection = DriverManager.getConnection(server, user(), "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
