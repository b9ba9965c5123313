package cn.gov.ln.credit.grade;

import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Credit grades of organisations from the public credit evaluation. Each evaluation is kept; the newest is the
 * subject's current grade ({@code credit_subject.current_grade}). Callers check their own permissions.
 */
@Service
public class GradeService {

    private final GradeMapper mapper;

    GradeService(GradeMapper mapper) {
        this.mapper = mapper;
    }

    public List<GradeRecord> history(long subjectId) {
        return mapper.findBySubject(subjectId);
    }
}
