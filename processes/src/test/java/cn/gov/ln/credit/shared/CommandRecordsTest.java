package cn.gov.ln.credit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;

/**
 * Every command a service takes from people or systems holds text only under the text rule: each text component
 * of a command record carries {@link CleanText}, or another rule of its own that only admits clean ASCII (a
 * pattern, a check character, a register's code). A new command that forgets it fails here, not in production.
 */
class CommandRecordsTest {

    private static final Pattern COMMAND = Pattern.compile(
            "cn\\.gov\\.ln\\.credit\\.\\w+\\.(New\\w+|\\w+Decision|Determination|CalendarDay|TemplateText)");

    /** Text components checked by a stricter rule than clean text, and where. */
    private static final Map<String, String> STRICTER = Map.ofEntries(
            Map.entry("NewSubject.identifier", "GB 32100 / GB 11643 in SubjectService"),
            Map.entry("NewSubject.divisionCode", "must be a division of the register"),
            Map.entry("NewUser.divisionCode", "taken from the department or subject, never stored as sent"),
            Map.entry("NewTemplate.matterCode", "must be a matter of the catalogue"),
            Map.entry("TemplateText.formSchema", "parsed as a form-js schema; its labels are the administrator's"),
            Map.entry("NewListing.reason", "written by the breach process from a checked decision"),
            Map.entry("NewListing.basisNumber", "copied from a checked legal document"),
            Map.entry("NewListing.basisIssuer", "copied from a checked legal document"),
            Map.entry("NewListing.divisionCode", "the breach's own division"),
            Map.entry("NewRedListing.reason", "copied from a RedListDetermination checked as clean text"),
            Map.entry("NewRedListing.basisNumber", "copied from a RedListDetermination checked as clean text"),
            Map.entry("NewRedListing.basisIssuer", "copied from a RedListDetermination checked as clean text"),
            Map.entry("NewRedListing.divisionCode", "the determining officer's own division"),
            Map.entry("NewAttachment.material", "must name a material of the matter's catalogue (FilingDocuments)"),
            Map.entry("NewAttachment.fileName", "Text.fileNameProblem in FilingDocuments"),
            Map.entry("NewAttachment.contentType",
                    "one of the material's accepted types, matched against the content's first bytes"));

    @Test
    void everyTextComponentOfACommandIsCheckedAsText() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(COMMAND));
        Set<BeanDefinition> found = scanner.findCandidateComponents("cn.gov.ln.credit");
        List<String> commands = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        for (BeanDefinition definition : found) {
            Class<?> type = Class.forName(definition.getBeanClassName());
            if (!type.isRecord()) {
                continue;
            }
            commands.add(type.getSimpleName());
            for (RecordComponent component : type.getRecordComponents()) {
                String name = type.getSimpleName() + "." + component.getName();
                Field field = type.getDeclaredField(component.getName());
                if (component.getType() == String.class && !field.isAnnotationPresent(CleanText.class)
                        && !field.isAnnotationPresent(jakarta.validation.constraints.Pattern.class)
                        && !field.isAnnotationPresent(WellFormedReference.class) && !STRICTER.containsKey(name)) {
                    unchecked.add(name);
                }
            }
        }
        assertThat(commands).as("the scan finds the commands").contains("NewFiling", "NewPledge", "NewObjection",
                "ObjectionDecision", "ListingDecision", "Determination", "NewSubject", "NewUser", "CalendarDay");
        assertThat(unchecked).as("text taken without the text rule").isEmpty();
    }
}
