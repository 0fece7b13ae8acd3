/**
 * How the Ofsted Annex A lists 8 and 9 are read from the care record (DOMAIN.md §4) and written as
 * a workbook. Entry point: {@code returns.AnnexA}.
 */
@NullMarked
package org.ourpromise.returns.annexa;

import org.jspecify.annotations.NullMarked;
