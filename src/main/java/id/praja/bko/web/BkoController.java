package id.praja.bko.web;

import java.security.Principal;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.praja.bko.BkoAllocation;
import id.praja.bko.BkoAllocations;
import id.praja.shared.Conflict;

/**
 * The Polda's BKO page: the Polres' shortfalls, the reserve units, and an allocation with
 * the reason of every platoon's place; the Karoops proposes, moves, pins and publishes.
 */
@Controller
@PreAuthorize(BkoController.EDITORS)
class BkoController {

	/** Propose, move, pin and publish: the Karoops (and administrators). */
	static final String EDITORS = "hasAnyRole('ADMIN', 'KAROOPS')";

	/** Read: the editors and the Polda viewer. */
	static final String READERS = "hasAnyRole('ADMIN', 'KAROOPS', 'PENGAMAT')";

	private final BkoAllocations allocations;

	BkoController(BkoAllocations allocations) {
		this.allocations = allocations;
	}

	@GetMapping("/polda/bko")
	@PreAuthorize(READERS)
	String page(Model model) {
		List<BkoAllocation> versions = this.allocations.versions();
		return show(model, versions, versions.isEmpty() ? null : versions.get(0));
	}

	@GetMapping("/polda/bko/{id}")
	@PreAuthorize(READERS)
	String version(@PathVariable long id, Model model) {
		return show(model, this.allocations.versions(), this.allocations.get(id));
	}

	private String show(Model model, List<BkoAllocation> versions, BkoAllocation allocation) {
		model.addAttribute("shortfalls", this.allocations.shortfalls());
		model.addAttribute("units", this.allocations.reserveUnits());
		model.addAttribute("versions", versions);
		model.addAttribute("allocation", allocation);
		model.addAttribute("why", (allocation != null) ? why(allocation) : List.of());
		return "bko/allocation";
	}

	/** The reason of a platoon's place: a message key and its arguments. */
	record Why(BkoAllocation.PlatoonAssignment platoon, String key, Object[] args) {
	}

	/** Every platoon's reason, those sent first (by Polres), then those kept home. */
	static List<Why> why(BkoAllocation a) {
		List<Why> why = new java.util.ArrayList<>();
		int left = a.tpsBelow();
		for (BkoAllocation.PlatoonAssignment p : a.platoons()
			.stream()
			.sorted(java.util.Comparator.comparing((BkoAllocation.PlatoonAssignment x) -> !x.sent())
				.thenComparing(x -> String.valueOf(x.polresName()))
				.thenComparing(BkoAllocation.PlatoonAssignment::code))
			.toList()) {
			if (p.sent()) {
				BkoAllocation.PolresResult r = a.results()
					.stream()
					.filter(x -> x.polresCode().equals(p.polresCode()))
					.findFirst()
					.orElseThrow();
				why.add(new Why(p, p.pinned() ? "bko.why.sentPinned" : "bko.why.sent",
						new Object[] { p.platoon(), p.unitName(), p.officers(), p.polresName(), r.officersMissing(),
								r.tpsBelowBefore(), Math.round(p.distanceKm()), p.homeName(), p.travelMinutes() / 60,
								p.travelMinutes() % 60, r.officersReceived(), r.tpsCovered() }));
			}
			else {
				String key = p.pinned() ? "bko.why.homePinned" : !p.availableOnVotingDay() ? "bko.why.homeUnavailable"
						: (left > 0) ? "bko.why.homeNoPost" : "bko.why.homeNoNeed";
				why.add(new Why(p, key, new Object[] { p.platoon(), p.unitName(), p.officers(), p.homeName() }));
			}
		}
		return why;
	}

	@PostMapping("/polda/bko")
	String propose(Principal user, RedirectAttributes redirect) {
		try {
			return "redirect:/polda/bko/" + this.allocations.propose(user.getName()).id();
		}
		catch (Conflict ex) {
			redirect.addFlashAttribute("problem", "bko.problem.noVotingDay");
			return "redirect:/polda/bko";
		}
	}

	@PostMapping("/polda/bko/{id}/pindah")
	String move(@PathVariable long id, @RequestParam String unit, @RequestParam int platoon,
			@RequestParam(required = false) String polres, RedirectAttributes redirect) {
		return edit(id, redirect,
				() -> this.allocations.move(id, unit, platoon, (polres == null || polres.isBlank()) ? null : polres));
	}

	@PostMapping("/polda/bko/{id}/kunci")
	String pin(@PathVariable long id, @RequestParam String unit, @RequestParam int platoon, @RequestParam boolean on,
			RedirectAttributes redirect) {
		return edit(id, redirect, () -> this.allocations.pin(id, unit, platoon, on));
	}

	@PostMapping("/polda/bko/{id}/terbitkan")
	String publish(@PathVariable long id, Principal user, RedirectAttributes redirect) {
		return edit(id, redirect, () -> this.allocations.publish(id, user.getName()));
	}

	private String edit(long id, RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
		}
		catch (Conflict ex) {
			redirect.addFlashAttribute("problem", "bko.problem.published");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", "bko.problem.platoon");
		}
		return "redirect:/polda/bko/" + id;
	}

}
