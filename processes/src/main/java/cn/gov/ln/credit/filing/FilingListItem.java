package cn.gov.ln.credit.filing;

/**
 * A row of the filing list: the filing with its applicant's and matter's names, so no row needs another query.
 * {@code id} is the filing's id: MyBatis tells rows of a result map with a nested map apart by its id arguments, and
 * without one it merged the filings of the same applicant and matter into one row.
 */
public record FilingListItem(long id, Filing filing, String applicantName, String matterName) {
}
