package cn.gov.ln.credit.department;

/**
 * A member department (成员单位) or one of its city and county counterparts. {@code lineCode} names the line
 * of work (market regulation, taxation, ...) so that a provincial department and its city bureaus match.
 */
public record Department(long id, String code, String name, String shortName, String lineCode, String divisionCode,
        String uscc, boolean memberUnit, int sortOrder) {
}
