package id.praja.report.internal;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.praja.operation.OperationManagement;
import id.praja.personnel.PersonnelManagement;
import id.praja.personnel.Unit;
import id.praja.personnel.UnitKind;
import id.praja.report.DailyReports;
import id.praja.shared.AccessScope;
import id.praja.shared.AccessScopes;
import id.praja.shared.CurrentUser;
import id.praja.shared.NotFound;

/**
 * Which unit a report, a dashboard or an evaluation speaks of, in one place: the unit a
 * user asked for checked against his scope (a Kapolsek gets his own Polsek, others the
 * Polres by default), the Polsek and functions he may choose from, and the name a unit is
 * shown with.
 */
@Component
public class ReportUnits {

	private final PersonnelManagement personnel;

	private final OperationManagement operation;

	private final ObjectProvider<AccessScopes> scopes;

	ReportUnits(PersonnelManagement personnel, OperationManagement operation, ObjectProvider<AccessScopes> scopes) {
		this.personnel = personnel;
		this.operation = operation;
		this.scopes = scopes;
	}

	/**
	 * @return the Polsek the current user may report on, in display order
	 */
	@Transactional(readOnly = true)
	public List<Unit> polseks() {
		AccessScope scope = CurrentUser.scope(this.scopes);
		return this.personnel.units()
			.stream()
			.filter(u -> u.kind() == UnitKind.POLSEK && (scope.units() == null || scope.units().contains(u.code())))
			.toList();
	}

	/**
	 * @param requested POLRES, POLDA, a Polsek code, or null
	 * @return the unit to report on: a Kapolsek gets his own Polsek, others the Polres by
	 * default
	 * @throws NotFound for a unit that does not exist or is out of the user's scope
	 */
	@Transactional(readOnly = true)
	public String unit(String requested) {
		AccessScope scope = CurrentUser.scope(this.scopes);
		String wanted = (requested == null || requested.isBlank()) ? null : requested.strip();
		if (scope.withinPolsek()) {
			String own = scope.units().stream().findFirst().orElseThrow(() -> new NotFound("no unit in scope"));
			if (wanted != null && !wanted.equals(own)) {
				throw new NotFound("no unit " + wanted);
			}
			return own;
		}
		if (wanted == null) {
			return DailyReports.POLRES;
		}
		if (wanted.equals(DailyReports.POLDA) && scope.polres() != null) {
			// the staff of one Polres among several: the Polda's roll-up is not theirs
			throw new NotFound("no unit " + wanted);
		}
		if (wanted.equals(DailyReports.POLRES) || wanted.equals(DailyReports.POLDA)) {
			return wanted;
		}
		if (polseks().stream().noneMatch(u -> u.code().equals(wanted))) {
			throw new NotFound("no Polsek " + wanted);
		}
		return wanted;
	}

	/**
	 * @return units an event may be recorded for (Polsek and Polres functions in scope)
	 */
	@Transactional(readOnly = true)
	public List<Unit> polseksAndFunctions() {
		AccessScope scope = CurrentUser.scope(this.scopes);
		return this.personnel.units()
			.stream()
			.filter(u -> u.kind() == UnitKind.POLSEK || (!scope.withinPolsek() && u.kind() == UnitKind.FUNGSI))
			.filter(u -> scope.units() == null || scope.units().contains(u.code()))
			.toList();
	}

	/**
	 * @param unit a unit as {@link #unit(String)} resolves it
	 * @return its name: the Polres' for the Polres and the Polda's roll-up, else the
	 * Polsek's (or function's)
	 */
	@Transactional(readOnly = true)
	public String name(String unit) {
		if (DailyReports.POLRES.equals(unit) || DailyReports.POLDA.equals(unit)) {
			return this.operation.operation().polres();
		}
		return polseksAndFunctions().stream()
			.filter(u -> u.code().equals(unit))
			.map(Unit::name)
			.findFirst()
			.orElse(unit);
	}

	/**
	 * @param unit a unit as {@link #unit(String)} resolves it
	 * @return the Polsek to filter records by, or null for the whole Polres
	 */
	public static String polsekFilter(String unit) {
		return (DailyReports.POLRES.equals(unit) || DailyReports.POLDA.equals(unit)) ? null : unit;
	}

}
