package id.praja.command;

/**
 * A field report that is not accepted; nothing was stored. The API answers with the
 * status given here as problem+json.
 */
public class FieldReportRejected extends RuntimeException {

	/** Why a report was rejected, with the HTTP status the API answers. */
	public enum Reason {

		/** Malformed: a field missing, of the wrong kind, or not allowed for the type. */
		MALFORMED(400),
		/** The TPS does not exist or is outside the reporter's area. */
		UNKNOWN_TPS(422),
		/** A status earlier than the TPS's current one, reported as happening later. */
		STATUS_BACKWARDS(422),
		/** A time in the future or before the operation started. */
		TIME_OUT_OF_RANGE(422),
		/** The photo is not a JPEG, PNG or WebP image. */
		BAD_PHOTO(422),
		/** The same id was already used for a different report. */
		ID_CONFLICT(409),
		/** The body or the photo is too large. */
		TOO_LARGE(413),
		/**
		 * The report passed the checks but the database refused its content when it was
		 * stored alone (a value it cannot hold): sending it again will not help.
		 */
		UNSTORABLE(422),
		/**
		 * The server could not store it now (too many waiting, or the database failed):
		 * send it again.
		 */
		BUSY(503);

		private final int httpStatus;

		Reason(int httpStatus) {
			this.httpStatus = httpStatus;
		}

		/**
		 * @return the HTTP status the API answers with
		 */
		public int httpStatus() {
			return this.httpStatus;
		}

	}

	private final Reason reason;

	public FieldReportRejected(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	/**
	 * @return why the report was rejected
	 */
	public Reason reason() {
		return this.reason;
	}

}
