package cn.gov.ln.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A fresh database on the local PostgreSQL server for one test JVM, when the PostgreSQL tests are switched on
 * ({@code -Dit.postgres=true}, server at {@code it.postgres.url}, trust authentication).
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

    /** Creates the database on first use; it is dropped when the JVM ends. */
    public static synchronized String url() {
        if (url == null) {
            String server = System.getProperty("it.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
            String name = "credit_it_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                    + "_" + ProcessHandle.current().pid();
            execute(server, "CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            url = server.substring(0, server.lastIndexOf('/') + 1) + name;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(server, name)));
        }
        return url;
    }

    private static void drop(String server, String name) {
        try {
            execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (IllegalStateException e) {
            System.err.println("could not drop test database " + name + ": " + e.getMessage());
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
