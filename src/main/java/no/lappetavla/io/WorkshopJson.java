package no.lappetavla.io;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;

/** The one Jackson configuration for workshop files and recovery copies. */
final class WorkshopJson {

    /** Far beyond any real workshop (5,000 notes are about 3 MB) yet small enough to load safely. */
    static final long MAX_FILE_SIZE = 64L * 1024 * 1024;

    private static final ObjectMapper MAPPER = createMapper();

    private WorkshopJson() {
    }

    private static ObjectMapper createMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(64)            // the model is 8 levels deep
                        .maxStringLength(1_000_000)     // a note or participant list, with room to spare
                        .maxNumberLength(32)            // only small integers are written
                        .maxDocumentLength(MAX_FILE_SIZE)
                        .build())
                // Two values for one key would silently drop one of them.
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // Emoji as real UTF-8 rather than \uD83D\uDC8A pairs, so the file reads as typed.
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .build();
        return JsonMapper.builder(factory)
                // Bind record components only: helper methods such as Profession.colourValue() or
                // Note.taskKey() must never become JSON properties.
                .visibility(PropertyAccessor.ALL, Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, Visibility.ANY)
                // True: within a known format version every field is ours, so an unknown one
                // means a damaged or hand-edited file, or a newer Lappetavla that forgot to bump
                // the version. Ignoring it would drop that data silently on the next save;
                // refusing leaves the file untouched and says so. New fields always come with a
                // new formatVersion (NEWER_VERSION) and a migration step.
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // Indented: people diff and inspect these files; it costs little.
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    static byte[] write(Object document) throws JsonProcessingException {
        return MAPPER.writeValueAsBytes(document);
    }

    /** Parses file content into a tree; a failure names what kind of bad input it is. */
    static JsonNode parse(Path file, byte[] content) throws WorkshopFileException {
        JsonNode root;
        try {
            root = MAPPER.readTree(content);
        } catch (StreamConstraintsException e) {
            throw WorkshopFileException.damaged(file, WorkshopFileException.TEXTS.get("io.damaged.limits"), e);
        } catch (JsonProcessingException e) {
            WorkshopFileException.Kind kind = isCut(content)
                    ? WorkshopFileException.Kind.TRUNCATED : WorkshopFileException.Kind.NOT_JSON;
            throw WorkshopFileException.of(kind, file, e);
        } catch (IOException e) {
            throw WorkshopFileException.of(WorkshopFileException.Kind.UNREADABLE, file, e);
        }
        if (root == null || root.isMissingNode()) {
            throw WorkshopFileException.of(WorkshopFileException.Kind.EMPTY, file, null); // only white space
        }
        return root;
    }

    /**
     * Whether content that failed to parse is a JSON document cut short: the parser runs out
     * inside an open object or array. Jackson reports this in several ways (end-of-input, a
     * half keyword at the end, bad UTF-8 when the cut splits a character), so look, not guess.
     */
    private static boolean isCut(byte[] content) {
        JsonParser parser = null;
        try {
            parser = MAPPER.getFactory().createParser(content);
            while (parser.nextToken() != null) {
                // read to the failure
            }
            return false;
        } catch (JsonEOFException e) {
            return true;
        } catch (IOException e) {
            boolean inside = parser != null && !parser.getParsingContext().inRoot();
            long at = e instanceof JsonProcessingException p && p.getLocation() != null ? p.getLocation().getByteOffset() : -1;
            return inside && (at >= content.length || endsInsideCharacter(content));
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException e) {
                    // closing an in-memory parser cannot fail in a way that matters here
                }
            }
        }
    }

    /** Whether the last UTF-8 character is incomplete: a lead byte wanting more bytes than follow it. */
    private static boolean endsInsideCharacter(byte[] content) {
        int end = content.length;
        for (int i = end - 1; i >= Math.max(0, end - 4); i--) {
            int b = content[i] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                return length > end - i;
            }
        }
        return false;
    }

    /** Binds a subtree; {@code where} is its JSON path, used to point at a bad value. */
    static <T> T bind(Path file, JsonNode node, Class<T> type, String where) throws WorkshopFileException {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (UnrecognizedPropertyException e) {
            throw WorkshopFileException.damaged(file, WorkshopFileException.TEXTS.format("io.damaged.unknownField",
                    e.getPropertyName(), path(where, e)), e);
        } catch (JsonMappingException e) {
            throw WorkshopFileException.damaged(file, WorkshopFileException.TEXTS.format("io.damaged.value", path(where, e)), e);
        } catch (IllegalArgumentException | JsonProcessingException e) {
            throw WorkshopFileException.damaged(file, WorkshopFileException.TEXTS.format("io.damaged.value", where), e);
        }
    }

    /** "workshop.notes[3].durationMinutes": where a person editing the file would look. */
    private static String path(String where, JsonMappingException e) {
        StringBuilder sb = new StringBuilder(where);
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
