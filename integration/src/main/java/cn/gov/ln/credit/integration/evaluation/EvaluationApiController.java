package cn.gov.ln.credit.integration.evaluation;

import cn.gov.ln.credit.evaluation.EvaluationService;
import cn.gov.ln.credit.subject.SubjectService;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A subject's public credit evaluation for department systems:
 * {@code GET /api/v1/subjects/{uscc}/evaluation}, looked up and scoped like the subject's credit file (the whole
 * province: the API serves provincial department systems, the shared credit file is province-wide). A natural
 * person is never evaluated (409 with the reason).
 */
@RestController
class EvaluationApiController {

    private final EvaluationService evaluations;
    private final SubjectService subjects;
    private final MessageSource messages;

    EvaluationApiController(EvaluationService evaluations, SubjectService subjects, MessageSource messages) {
        this.evaluations = evaluations;
        this.subjects = subjects;
        this.messages = messages;
    }

    @GetMapping(path = "/api/v1/subjects/{identifier}/evaluation", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read an organisation's public credit evaluation",
            description = "The grade, total score, date, model version and every factor with its value and score. "
                    + "Scope: any organisation in the province, as the credit file GET /api/v1/subjects/{identifier};"
                    + " for department systems holding api:access and subject:read, with no division filter.")
    EvaluationResponse evaluation(@PathVariable String identifier, Locale locale) {
        return evaluations.byIdentifier(identifier)
                .map(view -> EvaluationResponse.of(view.current(), name -> messages.getMessage(
                        "evaluation.factor." + name, null, name, locale)))
                .orElseThrow(() -> subjects.unknown("identifier", identifier));
    }
}
