package cn.gov.ln.credit.filing;

/** A row of the filing list: the filing with its applicant's and matter's names, so no row needs another query. */
public record FilingListItem(Filing filing, String applicantName, String matterName) {
}
