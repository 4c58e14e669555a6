/**
 * Deployment planning: staffing patterns turned into TPS posts, officers to posts and
 * reserves. {@code planning} holds the optimisation core on plain objects (no database),
 * used by the product and by {@code ./praja plan-posts} on public benchmark instances.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deployment")
package id.praja.deployment;
