package cn.gov.ln.credit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The credit pledge and approval system: one Spring Boot application that hosts the process engine, the
 * officer and applicant screens, the JSON API for department systems and the Camunda webapps.
 */
@SpringBootApplication
public class CreditApplication {

    public static void main(String[] args) {
        SpringApplication.run(CreditApplication.class, args);
    }
}
