package id.praja.territory.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import id.praja.shared.PrajaCommand;
import id.praja.territory.TerritoryManagement;
import id.praja.territory.TpsImportResult;

/**
 * {@code ./praja bench import [rows] [--format csv|xlsx|both]}: builds a province-sized
 * TPS file (default 60,000 rows over Jember's 248 desa), imports it through the same
 * facade the page and the API use, and prints the time and the peak memory against the 30
 * s target. The launcher runs it on a scratch data folder.
 */
@Component
class TpsImportBenchmark implements PrajaCommand {

	private static final double TARGET_SECONDS = 30;

	private final TerritoryManagement territory;

	private final TerritoryReference reference;

	TpsImportBenchmark(TerritoryManagement territory, TerritoryReference reference) {
		this.territory = territory;
		this.reference = reference;
	}

	@Override
	public String name() {
		return "bench import";
	}

	@Override
	public String usage() {
		return "bench import [rows, default 60000] [--format csv|xlsx|both]"
				+ " (time and peak memory of a TPS import; target <= 30 s)";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws Exception {
		int rows = 60_000;
		String format = "both";
		for (int i = 0; i < args.size(); i++) {
			if (args.get(i).equals("--format") && i + 1 < args.size()) {
				format = args.get(++i);
			}
			else {
				rows = Integer.parseInt(args.get(i));
			}
		}
		if (rows < 248 || rows > 99_000) {
			throw new IllegalArgumentException("rows must be between 248 and 99000");
		}
		List<TpsRow> tps = rows(rows);
		out.printf("Benchmark: import of a %,d-row TPS file (target <= %.0f s); JVM max heap %d MB, %d cores%n",
				tps.size(), TARGET_SECONDS, Runtime.getRuntime().maxMemory() >> 20,
				Runtime.getRuntime().availableProcessors());
		for (String f : format.equals("both") ? List.of("csv", "xlsx") : List.of(format)) {
			byte[] content = f.equals("xlsx") ? xlsx(tps) : csv(tps);
			Path file = Files.createTempFile("praja-bench-tps", "." + f);
			Files.write(file, content);
			System.gc();
			resetPeaks();
			long start = System.nanoTime();
			TpsImportResult result = this.territory.importTps(file.getFileName().toString(), Files.readAllBytes(file));
			double seconds = (System.nanoTime() - start) / 1e9;
			long peakHeap = peakHeapBytes();
			Files.deleteIfExists(file);
			out.printf(
					"%-4s %6.1f MB file: %,d TPS in %,d desa imported in %.2f s (%.2f of target); "
							+ "peak heap %d MB; process peak RSS %s%n",
					f, content.length / 1e6, result.rows(), result.desa(), seconds, seconds / TARGET_SECONDS,
					peakHeap >> 20, peakRss());
		}
		return 0;
	}

	/** Spreads the rows over the desa like the demo data, reusing its positions. */
	private List<TpsRow> rows(int total) {
		List<TpsRow> demo = new TpsGenerator(this.reference.data(), this.reference.geometry()).generate(2024);
		Map<String, List<TpsRow>> byDesa = new LinkedHashMap<>();
		demo.forEach(t -> byDesa.computeIfAbsent(t.desaCode(), k -> new ArrayList<>()).add(t));
		Random random = new Random(60_000);
		List<TpsRow> rows = new ArrayList<>(total);
		int desaLeft = byDesa.size();
		int rowsLeft = total;
		int demoLeft = demo.size();
		for (List<TpsRow> desa : byDesa.values()) {
			int n = (desaLeft == 1) ? rowsLeft
					: Math.max(1, Math.min(999, (int) Math.round((double) rowsLeft * desa.size() / demoLeft)));
			for (int i = 0; i < n; i++) {
				TpsRow base = desa.get(i % desa.size());
				int voters = 150 + random.nextInt(451);
				int male = voters / 2 - 10 + random.nextInt(21);
				rows.add(new TpsRow(base.desaCode(), i + 1, base.address(), base.lat(), base.lon(), male, voters - male,
						null, false));
			}
			rowsLeft -= n;
			demoLeft -= desa.size();
			desaLeft--;
		}
		return rows;
	}

	private static byte[] csv(List<TpsRow> rows) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
				CSVFormat.DEFAULT)) {
			printer.printRecord(TpsFileWriter.HEADER.subList(0, 8));
			for (TpsRow r : rows) {
				printer.printRecord(r.desaCode(), r.number(), r.address(), r.lat(), r.lon(), r.votersMale(),
						r.votersFemale(), "");
			}
		}
		return bytes.toByteArray();
	}

	private static byte[] xlsx(List<TpsRow> rows) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
			Sheet sheet = workbook.createSheet("TPS");
			Row header = sheet.createRow(0);
			for (int c = 0; c < 8; c++) {
				header.createCell(c).setCellValue(TpsFileWriter.HEADER.get(c));
			}
			int i = 1;
			for (TpsRow r : rows) {
				Row row = sheet.createRow(i++);
				row.createCell(0).setCellValue(r.desaCode());
				row.createCell(1).setCellValue(r.number());
				row.createCell(2).setCellValue(r.address());
				row.createCell(3).setCellValue(r.lat());
				row.createCell(4).setCellValue(r.lon());
				row.createCell(5).setCellValue(r.votersMale());
				row.createCell(6).setCellValue(r.votersFemale());
			}
			workbook.write(bytes);
		}
		return bytes.toByteArray();
	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeapBytes() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.mapToLong(p -> p.getPeakUsage().getUsed())
			.sum();
	}

	private static String peakRss() {
		try {
			return Files.readAllLines(Path.of("/proc/self/status"))
				.stream()
				.filter(l -> l.startsWith("VmHWM:"))
				.map(l -> l.substring(6).trim())
				.findFirst()
				.orElse("n/a");
		}
		catch (IOException ex) {
			return "n/a";
		}
	}

}
