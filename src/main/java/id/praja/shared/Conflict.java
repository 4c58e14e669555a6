package id.praja.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request that is valid but clashes with the state of the record: a published plan that
 * cannot be edited, a job already running. Answers 409.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class Conflict extends RuntimeException {

	public Conflict(String message) {
		super(message);
	}

}
