package id.praja.shell.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value of the right kind that is still not acceptable (a NUL in a text, an
 * infinite number); its message is written for the user.
 */
public final class InvalidJsonValue extends MismatchedInputException {

	InvalidJsonValue(JsonParser parser, String message, Class<?> target) {
		super(parser, message, target);
	}

}
