package id.praja.personnel.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"));

	/** Rows read and problems found. */
	record Result(List<OfficerRow> rows, List<ImportProblem> problems) {
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
		for (TableFileReader.Line line : table.lines()) {
			int before = problems.size();
			java.util.function.Function<Column, String> cell = c -> headers.containsKey(c)
					? line.cells().getOrDefault(headers.get(c), "").trim() : "";
			String nrp = cell.apply(Column.NRP);
			if (!nrp.matches("[0-9]{8}")) {
				problems.add(problem(line, Column.NRP, nrp, "officer.nrp"));
			}
			else if (seen.containsKey(nrp)) {
				problems.add(problem(line, Column.NRP, nrp, "officer.duplicate", nrp, seen.get(nrp)));
			}
			else {
				seen.put(nrp, line.row());
			}
			String name = cell.apply(Column.NAME);
			if (name.isEmpty() || name.length() > 120) {
				problems.add(problem(line, Column.NAME, name, "officer.name"));
			}
			String rankText = cell.apply(Column.RANK);
			Rank rank = Rank.parse(rankText).orElse(null);
			if (rank == null) {
				problems.add(problem(line, Column.RANK, rankText, "officer.rank"));
			}
			String function = cell.apply(Column.FUNCTION);
			if (function.isEmpty() || function.length() > 120) {
				problems.add(problem(line, Column.FUNCTION, function, "officer.function"));
			}
			String unit = cell.apply(Column.UNIT_CODE).toUpperCase(Locale.ROOT);
			if (!this.policeUnits.contains(unit)) {
				problems.add(problem(line, Column.UNIT_CODE, unit, "officer.unit"));
			}
			String phone = cell.apply(Column.PHONE);
			if (!phone.isEmpty() && !phone.matches("\\+?[0-9][0-9 -]{6,18}[0-9]")) {
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
				rows.add(new OfficerRow(nrp, name, rank, function, unit, blankToNull(cell.apply(Column.HOME_BASE)),
						blankToNull(phone), statuses, qualifications, false));
			}
		}
		return new Result(problems.isEmpty() ? rows : List.of(), problems);
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
		for (DateTimeFormatter f : DATES) {
			try {
				return LocalDate.parse(text, f);
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		problems.add(problem(line, column, text, "officer.date"));
		return null;
	}

	private static ImportProblem problem(TableFileReader.Line line, Column column, String value, String code,
			Object... args) {
		return ImportProblem.of(line.row(), column.name, value, code, args);
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s;
	}

}
