/**
 * Which language a request is answered in (one choice per request, made by the edge's
 * RequestLanguageFilter from ?lang=, the lang cookie and Accept-Language, held to English
 * and French) and the message bundles in each language's typography.
 */
@org.springframework.modulith.NamedInterface("language")
@org.jspecify.annotations.NullMarked
package com.careercompass.system.language;
