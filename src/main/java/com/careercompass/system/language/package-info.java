/**
 * Which language a request is answered in (Spring's cookie and Accept-Language resolvers,
 * held to English and French) and the message bundles in each language's typography.
 */
@org.springframework.modulith.NamedInterface("language")
@org.jspecify.annotations.NullMarked
package com.careercompass.system.language;
