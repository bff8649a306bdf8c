/**
 * Request plumbing: canonical addresses (the parameters each handler reads), the API's
 * path, the base address.
 */
@org.springframework.modulith.NamedInterface("web")
@org.jspecify.annotations.NullMarked
package com.careercompass.system.web;
