package id.praja.personnel;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The Polri rank ladder (Perkap 3/2016), lowest first: Tamtama (Bhayangkara), Bintara
 * (Brigadir, Ajun Inspektur), Perwira Pertama, Perwira Menengah, Perwira Tinggi.
 */
public enum Rank {

	BHARADA("Bharada", "Bhayangkara Dua", Group.TAMTAMA), BHARATU("Bharatu", "Bhayangkara Satu", Group.TAMTAMA),
	BHARAKA("Bharaka", "Bhayangkara Kepala", Group.TAMTAMA),
	ABRIPDA("Abripda", "Ajun Brigadir Polisi Dua", Group.TAMTAMA),
	ABRIPTU("Abriptu", "Ajun Brigadir Polisi Satu", Group.TAMTAMA),
	ABRIPPOL("Abrippol", "Ajun Brigadir Polisi", Group.TAMTAMA), BRIPDA("Bripda", "Brigadir Polisi Dua", Group.BINTARA),
	BRIPTU("Briptu", "Brigadir Polisi Satu", Group.BINTARA), BRIGPOL("Brigpol", "Brigadir Polisi", Group.BINTARA),
	BRIPKA("Bripka", "Brigadir Polisi Kepala", Group.BINTARA),
	AIPDA("Aipda", "Ajun Inspektur Polisi Dua", Group.BINTARA),
	AIPTU("Aiptu", "Ajun Inspektur Polisi Satu", Group.BINTARA),
	IPDA("Ipda", "Inspektur Polisi Dua", Group.PERWIRA_PERTAMA),
	IPTU("Iptu", "Inspektur Polisi Satu", Group.PERWIRA_PERTAMA),
	AKP("AKP", "Ajun Komisaris Polisi", Group.PERWIRA_PERTAMA),
	KOMPOL("Kompol", "Komisaris Polisi", Group.PERWIRA_MENENGAH),
	AKBP("AKBP", "Ajun Komisaris Besar Polisi", Group.PERWIRA_MENENGAH),
	KOMBES("Kombes Pol", "Komisaris Besar Polisi", Group.PERWIRA_MENENGAH),
	BRIGJEN("Brigjen Pol", "Brigadir Jenderal Polisi", Group.PERWIRA_TINGGI),
	IRJEN("Irjen Pol", "Inspektur Jenderal Polisi", Group.PERWIRA_TINGGI),
	KOMJEN("Komjen Pol", "Komisaris Jenderal Polisi", Group.PERWIRA_TINGGI),
	JENDERAL("Jenderal Pol", "Jenderal Polisi", Group.PERWIRA_TINGGI);

	/** Rank groups, lowest first. */
	public enum Group {

		TAMTAMA, BINTARA, PERWIRA_PERTAMA, PERWIRA_MENENGAH, PERWIRA_TINGGI

	}

	private final String abbreviation;

	private final String title;

	private final Group group;

	Rank(String abbreviation, String title, Group group) {
		this.abbreviation = abbreviation;
		this.title = title;
		this.group = group;
	}

	public String abbreviation() {
		return this.abbreviation;
	}

	public String title() {
		return this.title;
	}

	public Group group() {
		return this.group;
	}

	/**
	 * @return true for commissioned officers (Ipda and above)
	 */
	public boolean isOfficer() {
		return this.group.compareTo(Group.PERWIRA_PERTAMA) >= 0;
	}

	/**
	 * Reads a rank as people write it: the enum name, the abbreviation or the full title,
	 * in any case, with or without "Pol".
	 * @param text e.g. {@code Bripka}, {@code AKP}, {@code Kombes Pol},
	 * {@code Ajun Komisaris Polisi}
	 * @return the rank, if recognised
	 */
	public static Optional<Rank> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = normalise(text);
		return Arrays.stream(values())
			.filter(r -> normalise(r.name()).equals(t) || normalise(r.abbreviation).equals(t)
					|| normalise(r.title).equals(t)
					|| normalise(r.abbreviation.replace(" Pol", "")).equals(t.replaceAll(" pol$", "")))
			.findFirst();
	}

	private static String normalise(String s) {
		return s.trim().toLowerCase(Locale.ROOT).replace('.', ' ').replaceAll("\\s+", " ");
	}

}
