package cn.gov.ln.credit.integration.api;

import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * The API's paging parameters: {@code page} from 0 to {@value #MAX_PAGE}, {@code size} from 1 to
 * {@value #MAX_SIZE}. A value out of range is a 400 naming the parameter, never an overflowed offset.
 */
public final class ApiPaging {

    public static final int MAX_PAGE = 10_000;
    public static final int MAX_SIZE = 200;

    private ApiPaging() {
    }

    public static PageRequest of(int page, int size) {
        List<FieldViolation> violations = new ArrayList<>();
        if (page < 0) {
            violations.add(FieldViolation.of("page", "validation.number.min", 0));
        } else if (page > MAX_PAGE) {
            violations.add(FieldViolation.of("page", "validation.number.max", MAX_PAGE));
        }
        if (size < 1) {
            violations.add(FieldViolation.of("size", "validation.number.min", 1));
        } else if (size > MAX_SIZE) {
            violations.add(FieldViolation.of("size", "validation.number.max", MAX_SIZE));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new PageRequest(page * size, size);
    }
}
