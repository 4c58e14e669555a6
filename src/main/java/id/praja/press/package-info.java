/**
 * Press (Humas): press releases drafted from the operation's records by editable
 * templates, never inventing a fact (missing facts are marked gaps «[…]» the editor
 * fills), edited in versions that are all kept, reviewed, approved by the Kaops and
 * published on the public news page {@code /berita} and its Atom feed. Redaction rules
 * guard every submission and publication.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Press")
package id.praja.press;
