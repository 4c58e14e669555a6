package id.praja.shared;

/**
 * An event that changes something worth tracing to a person. The audit module records
 * every one of them (who, when, what, before and after); nobody else needs to know.
 */
public interface AuditableEvent {

	/**
	 * @return what happened, e.g. {@code officers.imported}, {@code account.disabled}
	 */
	String action();

	/**
	 * @return the kind of thing changed, e.g. {@code officer}, {@code tps},
	 * {@code account}
	 */
	String subjectType();

	/**
	 * @return which one (or a summary, e.g. a file name)
	 */
	String subjectId();

	/**
	 * @return the state before the change (a record, map or text), or null
	 */
	Object before();

	/**
	 * @return the state after the change, or null
	 */
	Object after();

}
