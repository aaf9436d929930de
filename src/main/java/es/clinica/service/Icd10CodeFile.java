package es.clinica.service;

import es.clinica.domain.Icd10Code;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the official ICD-10-CM code file ({@code icd10cm-codes-YYYY.txt}) as CMS publishes it: one
 * code per line, the code without its dot (up to 7 characters), spaces, the long description; CRLF
 * or LF line endings; ASCII. The file may be gzipped or plain, so a clinic can drop in next year's
 * file unchanged.
 */
public final class Icd10CodeFile {

    private static final int GZIP_MAGIC_FIRST = 0x1f;
    private static final int GZIP_MAGIC_SECOND = 0x8b;
    // An editor may add one when a clinic touches the file; CMS's own file has none.
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private Icd10CodeFile() {}

    /**
     * Reads every code of a file.
     *
     * @throws InvalidInputException {@code icd10.file.unreadable} when the file cannot be read,
     *     {@code icd10.file.invalid} (file name, line number) when a line is not a code and its
     *     description
     */
    public static List<Icd10Code> read(Path file) {
        String name = String.valueOf(file.getFileName());
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (IOException e) {
            throw new InvalidInputException("icd10.file.unreadable", null, e, name);
        }
    }

    /**
     * Reads every code of a stream, gzipped or plain; the caller closes the stream.
     *
     * @param sourceName the name to show in an error message
     * @throws InvalidInputException as {@link #read(Path)}
     */
    public static List<Icd10Code> read(InputStream in, String sourceName) {
        try {
            BufferedReader reader =
                    new BufferedReader(
                            new InputStreamReader(unzipped(in), StandardCharsets.UTF_8), 1 << 16);
            return readLines(reader, sourceName);
        } catch (IOException e) {
            throw new InvalidInputException("icd10.file.unreadable", null, e, sourceName);
        }
    }

    private static InputStream unzipped(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        boolean gzipped = first == GZIP_MAGIC_FIRST && second == GZIP_MAGIC_SECOND;
        return gzipped ? new GZIPInputStream(buffered, 1 << 16) : buffered;
    }

    // readLine() ends a line at CR, LF or CRLF, so the official CRLF file needs nothing more.
    private static List<Icd10Code> readLines(BufferedReader reader, String sourceName)
            throws IOException {
        List<Icd10Code> codes = new ArrayList<>(80_000);
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (!line.isBlank()) {
                codes.add(parseLine(line, sourceName, lineNumber));
            }
        }
        return codes;
    }

    static Icd10Code parseLine(String line, String sourceName, int lineNumber) {
        if (lineNumber == 1 && line.startsWith(BYTE_ORDER_MARK)) {
            line = line.substring(1);
        }
        int end = 0;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
            end++;
        }
        String code = line.substring(0, end);
        String description = line.substring(end).strip();
        try {
            return new Icd10Code(code, description);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("icd10.file.invalid", null, e, sourceName, lineNumber);
        }
    }
}
