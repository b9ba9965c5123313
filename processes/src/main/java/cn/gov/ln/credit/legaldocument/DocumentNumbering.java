package cn.gov.ln.credit.legaldocument;

import cn.gov.ln.credit.department.Department;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbers papers per issuing department, year and series (文书字), gapless: the counter moves in the issuing
 * transaction under its row lock, so a paper that is not stored gives its number back, and two issuing at once
 * wait for each other rather than share or skip a number. The pattern is the department's for the year, or its
 * standing one, or the configured default.
 */
@Component
class DocumentNumbering {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    static final java.util.Set<String> PLACEHOLDERS = java.util.Set.of("department", "series", "year", "seq");

    private final LegalDocumentMapper mapper;
    private final TransactionTemplate separately;
    private final String defaultPattern;

    DocumentNumbering(LegalDocumentMapper mapper, PlatformTransactionManager transactions,
            @Value("${credit.documents.default-pattern:{department}{series}〔{year}〕{seq}号}") String defaultPattern) {
        this.mapper = mapper;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.defaultPattern = defaultPattern;
    }

    /** The next number; call inside the transaction that stores the paper. */
    String next(Department department, int year, String series) {
        // The counter row is made apart, committed at once, so a first paper of the year never fails its
        // transaction on a concurrent insert; the row alone takes no number.
        separately.executeWithoutResult(status -> mapper.insertCounterIfAbsent(department.id(), year, series));
        if (mapper.incrementCounter(department.id(), year, series) != 1) {
            throw new IllegalStateException("no document counter for department " + department.id());
        }
        int sequence = mapper.counterValue(department.id(), year, series);
        return format(patternOf(department.id(), year), department, year, series, sequence);
    }

    String patternOf(long departmentId, int year) {
        String pattern = mapper.findPattern(departmentId, year);
        return pattern == null ? defaultPattern : pattern;
    }

    static String format(String pattern, Department department, int year, String series, int sequence) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "department" -> department.shortName() == null ? department.name() : department.shortName();
                case "series" -> series;
                case "year" -> Integer.toString(year);
                case "seq" -> Integer.toString(sequence);
                default -> m.group();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The message key of what is wrong with a pattern ({@code standing}: for every year), or null. */
    static String problem(String pattern, boolean standing) {
        if (pattern == null || pattern.isBlank()) {
            return "validation.required";
        }
        // Each series and, for a standing pattern, each year counts from 1: without them numbers would repeat.
        if (!pattern.contains("{seq}") || !pattern.contains("{series}") || standing && !pattern.contains("{year}")) {
            return "validation.documentPattern.incomplete";
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                return "validation.documentPattern.unknownPlaceholder";
            }
        }
        return null;
    }
}
