/**
 * Request plumbing: canonical addresses (known parameters only), the API's path, the base
 * address, static files and redirects.
 */
@org.springframework.modulith.NamedInterface("web")
@org.jspecify.annotations.NullMarked
package com.careercompass.system.web;
