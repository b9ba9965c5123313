package cn.gov.ln.credit.legaldocument;

/** The screen a notification about a paper opens. */
public final class DocumentLinks {

    private DocumentLinks() {
    }

    public static String of(LegalDocument document) {
        return "documents/" + document.id();
    }
}
