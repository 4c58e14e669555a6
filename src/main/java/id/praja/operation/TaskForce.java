package id.praja.operation;

import java.util.List;

/**
 * A task force (Satgas) of the operation.
 *
 * @param code e.g. PREVENTIF
 * @param name e.g. Satgas Preventif
 * @param head its head (Kasatgas), or null
 * @param members its members (the head not repeated)
 * @param duties its duties
 */
public record TaskForce(String code, String name, Member head, List<Member> members, String duties) {
}
