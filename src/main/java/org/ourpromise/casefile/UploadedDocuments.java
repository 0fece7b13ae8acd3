package org.ourpromise.casefile;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * Documents people attach (board papers, partners' evidence): what kind a file is, by how it begins rather than by
 * the name it was given, and a name safe to send back in a download header.
 */
public final class UploadedDocuments {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final String ALLOWED = "a PDF, Word, Excel or PowerPoint document";

    /** Office Open XML files are zips: the name says which kind, the first bytes that it is one. */
    private static final Map<String, String> OFFICE = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    private static final Map<String, String> LABELS = Map.of(
            "application/pdf", "PDF document", OFFICE.get("docx"), "Word document", OFFICE.get("xlsx"),
            "Excel spreadsheet", OFFICE.get("pptx"), "PowerPoint presentation");

    private UploadedDocuments() {
    }

    /** The document's content type, or null when it is not a PDF or an Office document. */
    public static @Nullable String kindOf(MultipartFile file) throws IOException {
        byte[] head = new byte[5];
        int n;
        try (var stream = file.getInputStream()) {
            n = stream.readNBytes(head, 0, head.length);
        }
        if (n == 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-') {
            return "application/pdf";
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
            return OFFICE.get(name.substring(name.lastIndexOf('.') + 1));
        }
        return null;
    }

    /** The problem with an upload in words, or null when it may be kept. */
    public static @Nullable String problem(MultipartFile file, @Nullable String kind) {
        if (file.getSize() > MAX_BYTES) {
            return "The file must be smaller than 10 MB";
        }
        return kind == null ? "The file must be " + ALLOWED : null;
    }

    /** The file's own name, without any folder, and only characters safe in a download header. */
    public static String safeName(@Nullable String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9 ._()-]", "_").strip();
        if (name.length() > 150) {
            name = name.substring(name.length() - 150);
        }
        return name.isEmpty() ? "document" : name;
    }

    public static String label(String contentType) {
        return LABELS.getOrDefault(contentType, "document");
    }
}
