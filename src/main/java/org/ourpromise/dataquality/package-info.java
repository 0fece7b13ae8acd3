/** Data quality: the SSDA903 rules over the whole council's record, with counts per rule and drill-down to the children. */
@NullMarked
package org.ourpromise.dataquality;

import org.jspecify.annotations.NullMarked;
