/**
 * Values shared by every module (no beans, no state).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.praja.shared;
