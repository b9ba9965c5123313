package cn.gov.ln.credit.security;

public enum ActorKind {
    /** An officer or administrator of a department. */
    STAFF,
    /** An organisation or a person using the applicant portal. */
    APPLICANT,
    /** A department's system calling the JSON API. */
    API_CLIENT,
    /** The application itself: timers, jobs, start-up. */
    SYSTEM
}
