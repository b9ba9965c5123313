package cn.gov.ln.credit.shared;

/** Receives the key a database generated on insert (MyBatis {@code keyProperty="generated.id"}). */
public final class GeneratedId {

    private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long value() {
        if (id == null) {
            throw new IllegalStateException("the database returned no generated key");
        }
        return id;
    }
}
