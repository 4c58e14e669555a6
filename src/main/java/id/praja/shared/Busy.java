package id.praja.shared;

/**
 * Thrown when the node refuses heavy work (solving, simulating) because as much of it as
 * it may run at once is already running or waiting: the fast paths (field reports on
 * voting day) keep their processors. The API answers 503 with {@code Retry-After}.
 */
public class Busy extends RuntimeException {

	private final int retryAfterSeconds;

	/**
	 * @param message what was refused and why, in the user's words
	 * @param retryAfterSeconds when to try again
	 */
	public Busy(String message, int retryAfterSeconds) {
		super(message);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	/**
	 * @return seconds after which the work may be asked for again
	 */
	public int retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
