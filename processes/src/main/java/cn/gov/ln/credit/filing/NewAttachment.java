package cn.gov.ln.credit.filing;

/**
 * A file attached while filing, for one material of the matter's catalogue (named as the catalogue names it).
 * It is stored with the filing, in the filing's transaction, or not at all.
 */
public record NewAttachment(String material, String fileName, String contentType, byte[] content) {
}
