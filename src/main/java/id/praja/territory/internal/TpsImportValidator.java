package id.praja.territory.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.praja.shared.table.TableFileReader;
import id.praja.shared.ImportProblem;
import id.praja.territory.Tps;

/**
 * Checks every row of a TPS table and turns the good ones into {@link TpsRow}s. It never
 * stops at the first problem: the user gets the whole list at once.
 */
final class TpsImportValidator {

	/** The columns of a TPS file, with the Indonesian names accepted for each. */
	enum Column {

		DESA_CODE("desa_code", true, "kode_desa"), TPS_NUMBER("tps_number", true, "no_tps", "nomor_tps"),
		ADDRESS("address", true, "alamat"), LAT("lat", true, "latitude"), LON("lon", true, "lng", "longitude"),
		VOTERS_MALE("voters_male", true, "pemilih_l", "dpt_l"),
		VOTERS_FEMALE("voters_female", true, "pemilih_p", "dpt_p"),
		SPECIAL_SITE("special_site", false, "lokasi_khusus");

		final String header;

		final boolean required;

		final Set<String> aliases;

		Column(String header, boolean required, String... aliases) {
			this.header = header;
			this.required = required;
			this.aliases = Set.of(aliases);
		}

	}

	private static final Set<String> NO = Set.of("", "0", "false", "no", "tidak", "n", "t");

	private static final Set<String> YES = Set.of("1", "true", "yes", "ya", "y");

	static final String SPECIAL_SITE_DEFAULT = "Lokasi khusus";

	private final TerritoryGeometry geometry;

	TpsImportValidator(TerritoryGeometry geometry) {
		this.geometry = geometry;
	}

	record Result(List<TpsRow> rows, List<ImportProblem> problems) {
	}

	Result validate(TableFileReader.Table table) {
		List<ImportProblem> problems = new ArrayList<>();
		Map<Column, String> columns = resolveColumns(table.header(), problems);
		if (!problems.isEmpty()) {
			return new Result(List.of(), problems);
		}
		if (table.lines().isEmpty()) {
			return new Result(List.of(), List.of(ImportProblem.of(0, null, null, "tps.noRows")));
		}
		List<TpsRow> rows = new ArrayList<>(table.lines().size());
		Map<String, Integer> firstRowOfCode = new HashMap<>();
		for (TableFileReader.Line line : table.lines()) {
			RowCheck check = new RowCheck(line, columns, problems);
			String desa = check.text(Column.DESA_CODE, 13);
			String kecamatan = null;
			if (desa != null) {
				kecamatan = this.geometry.kecamatanOf(desa);
				if (kecamatan == null) {
					check.problem(Column.DESA_CODE, desa, "tps.unknownDesa");
				}
			}
			Integer number = check.integer(Column.TPS_NUMBER, 1, 999);
			String address = check.text(Column.ADDRESS, 200);
			Double lat = check.decimal(Column.LAT, -90, 90);
			Double lon = check.decimal(Column.LON, -180, 180);
			Integer male = check.integer(Column.VOTERS_MALE, 0, Tps.MAX_VOTERS);
			Integer female = check.integer(Column.VOTERS_FEMALE, 0, Tps.MAX_VOTERS);
			String special = check.specialSite();
			if (male != null && female != null && male + female > Tps.MAX_VOTERS) {
				check.problem(Column.VOTERS_FEMALE, String.valueOf(female), "tps.votersOver", male + female,
						Tps.MAX_VOTERS);
			}
			if (kecamatan != null && lat != null && lon != null && !this.geometry.inKecamatan(kecamatan, lat, lon)) {
				check.problem(Column.LAT, lat + "," + lon, "tps.outsideKecamatan", kecamatan);
			}
			if (desa != null && number != null) {
				String code = Tps.code(desa, number);
				Integer first = firstRowOfCode.putIfAbsent(code, line.row());
				if (first != null) {
					check.problem(Column.TPS_NUMBER, String.valueOf(number), "tps.duplicate", code, first);
				}
			}
			if (check.ok()) {
				rows.add(new TpsRow(desa, number, address, lat, lon, male, female, special, false));
			}
		}
		return new Result(problems.isEmpty() ? rows : List.of(), problems);
	}

	private static Map<Column, String> resolveColumns(List<String> header, List<ImportProblem> problems) {
		Map<Column, String> found = new LinkedHashMap<>();
		for (Column column : Column.values()) {
			for (String name : header) {
				if (name.equals(column.header) || column.aliases.contains(name)) {
					found.put(column, name);
					break;
				}
			}
			if (column.required && !found.containsKey(column)) {
				problems.add(ImportProblem.of(1, column.header, null, "missingColumn", column.header));
			}
		}
		return found;
	}

	/** Reads the cells of one row, recording a problem for each bad one. */
	private static final class RowCheck {

		private final TableFileReader.Line line;

		private final Map<Column, String> columns;

		private final List<ImportProblem> problems;

		private boolean ok = true;

		RowCheck(TableFileReader.Line line, Map<Column, String> columns, List<ImportProblem> problems) {
			this.line = line;
			this.columns = columns;
			this.problems = problems;
		}

		boolean ok() {
			return this.ok;
		}

		void problem(Column column, String value, String code, Object... args) {
			this.ok = false;
			this.problems.add(ImportProblem.of(this.line.row(), column.header, value, code, args));
		}

		String raw(Column column) {
			String name = this.columns.get(column);
			String value = (name != null) ? this.line.cells().get(name) : null;
			return (value != null) ? value : "";
		}

		String text(Column column, int maxLength) {
			String value = raw(column);
			if (value.isBlank()) {
				problem(column, value, "required");
				return null;
			}
			if (value.length() > maxLength) {
				problem(column, value, "tooLong", maxLength);
				return null;
			}
			return value;
		}

		Integer integer(Column column, int min, int max) {
			String value = raw(column);
			if (value.isBlank()) {
				problem(column, value, "required");
				return null;
			}
			// Spreadsheets store whole numbers as 12.0.
			String digits = value.endsWith(".0") ? value.substring(0, value.length() - 2) : value;
			try {
				int n = Integer.parseInt(digits);
				if (n < min || n > max) {
					if (n < 0) {
						problem(column, value, "negative");
					}
					else {
						problem(column, value, "between", min, max);
					}
					return null;
				}
				return n;
			}
			catch (NumberFormatException ex) {
				problem(column, value, "notWhole");
				return null;
			}
		}

		Double decimal(Column column, double min, double max) {
			String value = raw(column);
			if (value.isBlank()) {
				problem(column, value, "required");
				return null;
			}
			try {
				double d = Double.parseDouble(value.replace(',', '.'));
				if (!Double.isFinite(d) || d < min || d > max) {
					problem(column, value, "betweenDecimal", String.valueOf(min), String.valueOf(max));
					return null;
				}
				return d;
			}
			catch (NumberFormatException ex) {
				problem(column, value, "notNumber");
				return null;
			}
		}

		String specialSite() {
			String value = raw(Column.SPECIAL_SITE).trim();
			String lower = value.toLowerCase(Locale.ROOT);
			if (NO.contains(lower)) {
				return null;
			}
			if (YES.contains(lower)) {
				return SPECIAL_SITE_DEFAULT;
			}
			if (value.length() > 100) {
				problem(Column.SPECIAL_SITE, value, "tooLong", 100);
				return null;
			}
			return value;
		}

	}

}
