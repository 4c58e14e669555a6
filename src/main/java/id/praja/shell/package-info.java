/**
 * The shell around the modules: runtime (embedded database, command line), the page
 * layout, the home page, language switching and error responses.
 */
package id.praja.shell;
