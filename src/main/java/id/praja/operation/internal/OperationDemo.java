package id.praja.operation.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.context.annotation.Lazy;

import id.praja.personnel.Officer;
import id.praja.personnel.OfficerQuery;
import id.praja.personnel.PersonnelManagement;

/**
 * In demo mode, once: heads and members for the six task forces from the generated roster
 * (the Kasat of the matching unit leads, five of his officers serve), and a few logged
 * activities.
 */
@Component
// made at start-up even for a command (whose other beans are lazy): it prepares the data
@Lazy(false)
@DependsOn("personnelInitializer")
class OperationDemo implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(OperationDemo.class);

	/** Task force → the unit it is drawn from. */
	static final Map<String, String> UNITS = Map.of("PREEMTIF", "SAT-BINMAS", "PREVENTIF", "SAT-SAMAPTA",
			"KAMSELTIBCARLANTAS", "SAT-LANTAS", "GAKKUM", "SAT-RESKRIM", "HUMAS", "SI-HUMAS", "BANOPS", "BAG-LOG");

	private final OperationRepository repository;

	private final PersonnelManagement personnel;

	private final TransactionTemplate transaction;

	private final boolean demo;

	OperationDemo(OperationRepository repository, PersonnelManagement personnel, TransactionTemplate transaction,
			@Value("${praja.demo.enabled:false}") boolean demo) {
		this.repository = repository;
		this.personnel = personnel;
		this.transaction = transaction;
		this.demo = demo;
	}

	@Override
	public void afterPropertiesSet() {
		id.praja.shared.SystemScope.run("start-up", this::initialize);
	}

	private void initialize() {
		if (!this.demo) {
			return;
		}
		this.transaction.executeWithoutResult(status -> {
			List<OperationRepository.TaskForceRow> forces = this.repository.taskForces();
			if (forces.stream().anyMatch(t -> t.headNrp() != null) || this.repository.countActivities() > 0) {
				return;
			}
			for (OperationRepository.TaskForceRow t : forces) {
				List<Officer> officers = this.personnel
					.officers(new OfficerQuery(null, UNITS.get(t.code()), null, 0, 50))
					.content();
				if (officers.isEmpty()) {
					continue;
				}
				Officer head = officers.stream()
					.filter(o -> o.function().startsWith("Kasat") || o.function().startsWith("Kasi")
							|| o.function().startsWith("Kabag"))
					.findFirst()
					.orElse(officers.get(0));
				List<String> members = officers.stream()
					.filter(o -> o != head)
					.map(Officer::nrp)
					.sorted()
					.limit(5)
					.toList();
				this.repository.updateTaskForce(t.id(), head.nrp(), t.duties(), members);
			}
			long preemtif = id(forces, "PREEMTIF");
			long preventif = id(forces, "PREVENTIF");
			long lantas = id(forces, "KAMSELTIBCARLANTAS");
			this.repository.insertActivity(preemtif, id.praja.operation.ActivityKind.COOLING_SYSTEM,
					LocalDateTime.of(2024, 9, 5, 19, 30), "Pendopo Kecamatan Wuluhan", "POLSEK-WULUHAN", 4, 35,
					"Cooling system dengan tokoh agama dan tim pemenangan kedua paslon", "system");
			this.repository.insertActivity(preemtif, id.praja.operation.ActivityKind.SAMBANG,
					LocalDateTime.of(2024, 9, 12, 9, 0), "Ponpes di Desa Panti", "POLSEK-PANTI", 2, 20,
					"Sambang kamtibmas: imbauan tolak politik uang", "system");
			this.repository.insertActivity(preventif, id.praja.operation.ActivityKind.PENJAGAAN,
					LocalDateTime.of(2024, 8, 27, 8, 0), "Kantor KPU Jember", "SAT-SAMAPTA", 30, 0,
					"Penjagaan pendaftaran paslon", "system");
			this.repository.insertActivity(preventif, id.praja.operation.ActivityKind.PATROLI_DIALOGIS,
					LocalDateTime.of(2024, 10, 3, 20, 0), "Pasar Tanjung, Kaliwates", "SAT-SAMAPTA", 6, 45, null,
					"system");
			this.repository.insertActivity(lantas, id.praja.operation.ActivityKind.PENGAWALAN,
					LocalDateTime.of(2024, 11, 21, 7, 0), "Gudang KPU Ajung → PPK Tempurejo", "SAT-LANTAS", 4, 3,
					"Pengawalan logistik ke PPK (3 truk)", "system");
			log.info("Demo task forces: heads and members from the roster, 5 activities");
		});
	}

	private static long id(List<OperationRepository.TaskForceRow> forces, String code) {
		return forces.stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow().id();
	}

}
