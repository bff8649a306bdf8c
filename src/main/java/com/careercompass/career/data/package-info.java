/**
 * The catalog's tables as JPA entities, read once at start and turned into the catalog's
 * records ({@link com.careercompass.career.data.CatalogRows}); nothing outside this
 * package sees an entity.
 */
@org.jspecify.annotations.NullMarked
package com.careercompass.career.data;
