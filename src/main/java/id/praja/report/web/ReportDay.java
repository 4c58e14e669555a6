package id.praja.report.web;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import id.praja.operation.Operation;
import id.praja.operation.OperationManagement;
import id.praja.personnel.PersonnelManagement;

/**
 * The day a report page opens on when none is asked for: today in the Polres' zone while
 * the operation runs; otherwise (an operation prepared ahead, or reviewed afterwards) its
 * voting day, the day everyone looks back at; without one, its nearest end.
 */
@Component
class ReportDay {

	private final OperationManagement operation;

	private final PersonnelManagement personnel;

	ReportDay(OperationManagement operation, PersonnelManagement personnel) {
		this.operation = operation;
		this.personnel = personnel;
	}

	LocalDate orDefault(LocalDate asked) {
		if (asked != null) {
			return asked;
		}
		Operation op = this.operation.operation();
		LocalDate today = LocalDate.now(this.personnel.timeZone());
		if (!today.isBefore(op.startsOn()) && !today.isAfter(op.endsOn())) {
			return today;
		}
		return this.operation.votingDay().orElse(today.isAfter(op.endsOn()) ? op.endsOn() : op.startsOn());
	}

}
