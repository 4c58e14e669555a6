package id.praja.shared.web;

import java.io.IOException;
import java.io.OutputStream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A CSV or XLSX download streamed to the client, as every export of Praja answers.
 */
public final class SheetDownload {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	/** Writes the sheet in one of the two formats. */
	@FunctionalInterface
	public interface Writer {

		void write(boolean xlsx, OutputStream out) throws IOException;

	}

	private SheetDownload() {
	}

	/**
	 * @param format {@code csv} or {@code xlsx}
	 * @param baseName the file name without extension
	 * @param writer writes the content
	 * @return the streaming response
	 * @throws IllegalArgumentException for another format (answered 400)
	 */
	public static ResponseEntity<StreamingResponseBody> of(String format, String baseName, Writer writer) {
		boolean xlsx = switch (format) {
			case "csv" -> false;
			case "xlsx" -> true;
			default -> throw new IllegalArgumentException("format must be csv or xlsx");
		};
		StreamingResponseBody body = out -> writer.write(xlsx, out);
		return ResponseEntity.ok()
			.contentType(xlsx ? XLSX : CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + baseName + (xlsx ? ".xlsx" : ".csv") + "\"")
			.body(body);
	}

}
