package id.praja.personnel.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.praja.personnel.OfficerStatus;
import id.praja.personnel.Qualification;
import id.praja.personnel.Rank;
import id.praja.personnel.StatusPeriod;
import id.praja.shared.ImportProblem;
import id.praja.shared.table.ImportDates;
import id.praja.shared.table.TableFileReader;

/**
 * Checks every row of an officer file and lists every problem (row, column, value, why).
 * Column names may be English or Indonesian.
 */
public final class OfficerImportValidator {

	/** The columns of an officer file; the first five are required. */
	enum Column {

		NRP("nrp", true), NAME("name", true, "nama"), RANK("rank", true, "pangkat"),
		FUNCTION("function", true, "jabatan"), UNIT_CODE("unit_code", true, "kode_satuan", "satuan"),
		HOME_BASE("home_base", false, "markas"), PHONE("phone", false, "telepon", "hp"), STATUS("status", false),
		STATUS_FROM("status_from", false, "status_mulai"), STATUS_TO("status_to", false, "status_sampai"),
		QUALIFICATIONS("qualifications", false, "kualifikasi");

		final String name;

		final boolean required;

		final List<String> aliases;

		Column(String name, boolean required, String... aliases) {
			this.name = name;
			this.required = required;
			this.aliases = List.of(aliases);
		}

	}

	/** Column lengths of {@code personnel_officer} (V3__personnel.sql). */
	static final int NAME_MAX = 120;

	static final int FUNCTION_MAX = 120;

	static final int HOME_BASE_MAX = 160;

	static final int PHONE_MAX = 20;

	/**
	 * Rows read, problems found, warnings (accepted, but the user should look), and which
	 * optional columns the file has: an absent column leaves that field of existing
	 * officers unchanged.
	 */
	record Result(List<OfficerRow> rows, List<ImportProblem> problems, List<ImportProblem> warnings,
			PersonnelRepository.Fields fields) {

		Result(List<OfficerRow> rows, List<ImportProblem> problems) {
			this(rows, problems, List.of(), PersonnelRepository.Fields.ALL);
		}

	}

	private final Set<String> policeUnits;

	/**
	 * @param policeUnits codes of units officers may belong to
	 */
	OfficerImportValidator(Set<String> policeUnits) {
		this.policeUnits = policeUnits;
	}

	Result validate(TableFileReader.Table table) {
		List<ImportProblem> problems = new ArrayList<>();
		Map<Column, String> headers = new HashMap<>();
		for (Column c : Column.values()) {
			table.header()
				.stream()
				.filter(h -> h.equals(c.name) || c.aliases.contains(h))
				.findFirst()
				.ifPresent(h -> headers.put(c, h));
			if (c.required && !headers.containsKey(c)) {
				problems.add(ImportProblem.of(1, c.name, null, "missingColumn", c.name));
			}
		}
		if (!problems.isEmpty()) {
			return new Result(List.of(), problems);
		}
		if (table.lines().isEmpty()) {
			return new Result(List.of(), List.of(ImportProblem.of(0, null, null, "officer.noRows")));
		}
		Map<String, Integer> seen = new HashMap<>();
		List<OfficerRow> rows = new ArrayList<>();
		List<ImportProblem> warnings = new ArrayList<>();
		for (TableFileReader.Line line : table.lines()) {
			int before = problems.size();
			java.util.function.Function<Column, String> cell = c -> headers.containsKey(c)
					? line.cells().getOrDefault(headers.get(c), "").trim() : "";
			String nrp = cell.apply(Column.NRP);
			if (line.isNumber(headers.get(Column.NRP))) {
				nrp = restoreLeadingZeros(line, nrp, problems, warnings);
			}
			if (nrp == null) {
				nrp = "";
			}
			else if (!nrp.matches("[0-9]{8}")) {
				problems.add(problem(line, Column.NRP, nrp, "officer.nrp"));
			}
			else if (seen.containsKey(nrp)) {
				problems.add(problem(line, Column.NRP, nrp, "officer.duplicate", nrp, seen.get(nrp)));
			}
			else {
				seen.put(nrp, line.row());
			}
			String name = cell.apply(Column.NAME);
			if (name.isEmpty() || name.length() > NAME_MAX) {
				problems.add(problem(line, Column.NAME, name, "officer.name"));
			}
			String rankText = cell.apply(Column.RANK);
			Rank rank = Rank.parse(rankText).orElse(null);
			if (rank == null) {
				problems.add(problem(line, Column.RANK, rankText, "officer.rank"));
			}
			String function = cell.apply(Column.FUNCTION);
			if (function.isEmpty() || function.length() > FUNCTION_MAX) {
				problems.add(problem(line, Column.FUNCTION, function, "officer.function"));
			}
			String unit = cell.apply(Column.UNIT_CODE).toUpperCase(Locale.ROOT);
			if (!this.policeUnits.contains(unit)) {
				problems.add(problem(line, Column.UNIT_CODE, unit, "officer.unit"));
			}
			String homeBase = cell.apply(Column.HOME_BASE);
			if (homeBase.length() > HOME_BASE_MAX) {
				problems.add(problem(line, Column.HOME_BASE, homeBase, "tooLong", HOME_BASE_MAX));
			}
			String phone = cell.apply(Column.PHONE);
			if (line.isNumber(headers.get(Column.PHONE)) && phone.matches("[1-9][0-9]{6,18}")
					&& !phone.startsWith("62")) {
				// A number typed into a workbook drops its leading zero (081234567890
				// became
				// 81234567890); only an international number (62...) has none.
				warnings.add(problem(line, Column.PHONE, phone, "officer.phonePadded", phone, "0" + phone));
				phone = "0" + phone;
			}
			if (!phone.isEmpty() && (phone.length() > PHONE_MAX || !phone.matches("\\+?[0-9][0-9 -]{6,18}[0-9]"))) {
				problems.add(problem(line, Column.PHONE, phone, "officer.phone"));
			}
			List<StatusPeriod> statuses = status(line, cell, problems);
			Set<Qualification> qualifications = EnumSet.noneOf(Qualification.class);
			String qualText = cell.apply(Column.QUALIFICATIONS);
			for (String q : qualText.split("[;,|]")) {
				if (q.isBlank()) {
					continue;
				}
				try {
					qualifications.add(Qualification.valueOf(q.trim().toUpperCase(Locale.ROOT)));
				}
				catch (IllegalArgumentException ex) {
					problems.add(problem(line, Column.QUALIFICATIONS, q.trim(), "officer.qualification",
							Arrays.toString(Qualification.values())));
				}
			}
			if (problems.size() == before) {
				rows.add(new OfficerRow(nrp, name, rank, function, unit, blankToNull(homeBase), blankToNull(phone),
						statuses, qualifications, false));
			}
		}
		PersonnelRepository.Fields fields = new PersonnelRepository.Fields(headers.containsKey(Column.HOME_BASE),
				headers.containsKey(Column.PHONE), headers.containsKey(Column.STATUS),
				headers.containsKey(Column.QUALIFICATIONS));
		return new Result(problems.isEmpty() ? rows : List.of(), problems, problems.isEmpty() ? warnings : List.of(),
				fields);
	}

	/**
	 * An NRP typed into a workbook as a number has lost its leading zeros (01021234
	 * became 1021234). An NRP begins with the year and month of birth (YYMM, month 01 to
	 * 12), so at most three zeros can have been lost: a whole number of five to seven
	 * digits has exactly one reading, padded to eight digits, which is taken with a
	 * warning. Anything else typed as a number is refused.
	 * @return the NRP, or null after recording a problem
	 */
	private static String restoreLeadingZeros(TableFileReader.Line line, String nrp, List<ImportProblem> problems,
			List<ImportProblem> warnings) {
		if (nrp.matches("[0-9]{8}")) {
			return nrp;
		}
		if (nrp.matches("[1-9][0-9]{4,6}")) {
			String padded = "0".repeat(8 - nrp.length()) + nrp;
			warnings.add(problem(line, Column.NRP, nrp, "officer.nrpPadded", nrp, padded));
			return padded;
		}
		problems.add(problem(line, Column.NRP, nrp, "officer.nrpNumber", nrp));
		return null;
	}

	private List<StatusPeriod> status(TableFileReader.Line line, java.util.function.Function<Column, String> cell,
			List<ImportProblem> problems) {
		String statusText = cell.apply(Column.STATUS);
		String fromText = cell.apply(Column.STATUS_FROM);
		String toText = cell.apply(Column.STATUS_TO);
		if (statusText.isEmpty() || statusText.equalsIgnoreCase(OfficerStatus.AKTIF.name())) {
			if (!fromText.isEmpty() || !toText.isEmpty()) {
				problems.add(problem(line, Column.STATUS, statusText, "officer.datesWithoutStatus"));
			}
			return List.of();
		}
		OfficerStatus status;
		try {
			status = OfficerStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(problem(line, Column.STATUS, statusText, "officer.status"));
			return List.of();
		}
		LocalDate from = date(line, Column.STATUS_FROM, fromText, problems);
		LocalDate to = date(line, Column.STATUS_TO, toText, problems);
		if (from == null || to == null) {
			return List.of();
		}
		if (to.isBefore(from)) {
			problems.add(problem(line, Column.STATUS_TO, toText, "officer.datesOrder", to.toString(), from.toString()));
			return List.of();
		}
		return List.of(new StatusPeriod(status, from, to));
	}

	private static LocalDate date(TableFileReader.Line line, Column column, String text, List<ImportProblem> problems) {
		if (text.isEmpty()) {
			problems.add(problem(line, column, text, "officer.dateRequired"));
			return null;
		}
		return ImportDates.parse(line.row(), column.name, text, problems);
	}

	private static ImportProblem problem(TableFileReader.Line line, Column column, String value, String code,
			Object... args) {
		return ImportProblem.of(line.row(), column.name, value, code, args);
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s;
	}

}
