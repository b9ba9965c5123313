package cn.gov.ln.credit.forms;

/** A file submitted through a file picker, held until the task completion stores it with the case. */
public record FormFile(String fileName, String contentType, byte[] content) {

    public FormFile {
        content = content == null ? new byte[0] : content;
    }

    /** The extension, lower case with its dot, or empty. */
    public String extension() {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot).toLowerCase();
    }
}
