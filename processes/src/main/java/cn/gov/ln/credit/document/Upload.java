package cn.gov.ln.credit.document;

/** A file as the user picked it. */
public record Upload(String fileName, String contentType, byte[] content) {
}
