/**
 * Operation: the police operation securing the election (code name, Polda/Polres, period,
 * contests), its agenda (election stages and operation milestones, editable), task forces
 * (Satgas) with head, members and duties, their activity log, and numbered Sprin orders
 * with the attached personnel as PDF.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operation")
package id.praja.operation;
