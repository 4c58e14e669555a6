/**
 * Reports: the daily report (Laphar) for a day and a unit, rolled up Polsek → Polres →
 * Polda view, as page, PDF and XLSX with every number traceable to its records; the
 * evaluation (Anev) comparing periods and units; and the dashboard. Kamtibmas, traffic
 * and protest events are recorded here ({@code report_event}); the command center's
 * incidents, TPS reports and Gakkumdu cases come through
 * {@link id.praja.report.IncidentSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Report")
package id.praja.report;
