package cn.gov.ln.credit.caching;

/**
 * The product's caches. Each is sized and given its expiry under {@code credit.caches.specs} (credit-core.yml);
 * docs/ARCHITECTURE.md has the table of what each holds and how several nodes stay right.
 */
public final class CacheNames {

    /** Administrative divisions: changed only by migration. */
    public static final String DIVISIONS = "divisions";
    /** Member departments: changed by administrators; evicted here, expired on the other nodes. */
    public static final String DEPARTMENTS = "departments";
    /** The permit matter catalogue: as departments. */
    public static final String MATTERS = "matters";
    /** The working-day calendar's exceptions: evicted on change here, expired within a minute elsewhere. */
    public static final String CALENDAR = "calendar";
    /** Seal certificates by key id: a certificate never changes. */
    public static final String SEAL_CERTIFICATES = "sealCertificates";
    /** Parsed task forms by deployment and resource: deployments never change. */
    public static final String TASK_FORMS = "taskForms";
    /** Process model XML by process definition id: deployments never change. */
    public static final String PROCESS_MODELS = "processModels";

    /** The key of a cache that holds one value, the whole of its data. */
    public static final String ALL = "all";

    private CacheNames() {
    }
}
