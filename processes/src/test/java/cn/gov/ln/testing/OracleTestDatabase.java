package cn.gov.ln.testing;

import org.testcontainers.oracle.OracleContainer;

/** One Oracle Free container for all Oracle tests of a JVM, started on first use (only where Docker runs). */
public final class OracleTestDatabase {

    private static OracleContainer container;

    private OracleTestDatabase() {
    }

    public static synchronized OracleContainer container() {
        if (container == null) {
            container = new OracleContainer("gvenzl/oracle-free:23-slim-faststart").withUsername("credit")
                    .withPassword("credit");
            container.start();
        }
        return container;
    }
}
