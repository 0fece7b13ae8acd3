/** The SSDA903 return: its tables, year-versioned code lists, the DfE validation rules, import and export. */
@NullMarked
package org.ourpromise.returns;

import org.jspecify.annotations.NullMarked;
