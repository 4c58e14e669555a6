package id.praja.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record that does not exist for the current user: either it does not exist at all or
 * it lies outside his scope (the two are deliberately indistinguishable). Answers 404.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

	public NotFound(String message) {
		super(message);
	}

}
