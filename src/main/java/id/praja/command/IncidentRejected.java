package id.praja.command;

/**
 * An action on an incident or a case that is not allowed in its current state; nothing
 * was changed. The API answers with {@link #httpStatus()} as problem+json.
 */
public class IncidentRejected extends RuntimeException {

	/** Why, with the HTTP status. */
	public enum Reason {

		/**
		 * Someone else changed the record first (the version sent is not the current
		 * one).
		 */
		STALE(409),
		/** Another operator owns the incident. */
		CLAIMED(409),
		/** The caller does not own the incident (claim it first). */
		NOT_OWNER(409),
		/** The transition is not allowed from the current status. */
		INVALID_TRANSITION(422),
		/** The action does not fit the record (a busy unit, a duplicate of itself...). */
		INVALID(422);

		private final int httpStatus;

		Reason(int httpStatus) {
			this.httpStatus = httpStatus;
		}

		public int httpStatus() {
			return this.httpStatus;
		}

	}

	private final Reason reason;

	public IncidentRejected(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	public int httpStatus() {
		return this.reason.httpStatus();
	}

}
