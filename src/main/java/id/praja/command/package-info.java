/**
 * The command center on voting day: field reports from every TPS (status, check-in,
 * logistics, incidents), accepted idempotently and only once durably committed, the
 * current state of each TPS, and live updates to every node over PostgreSQL
 * LISTEN/NOTIFY.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command center")
package id.praja.command;
