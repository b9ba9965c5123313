package cn.gov.ln.credit.grade;

/** The grades of the public credit evaluation (公共信用综合评价). Natural persons are not graded. */
public enum CreditGrade {
    /** 诚信 */
    A,
    /** 良好 */
    B,
    /** 警示 */
    C,
    /** 失信 */
    D
}
