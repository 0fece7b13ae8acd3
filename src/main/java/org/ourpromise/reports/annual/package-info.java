/** The annual Children in Care and Permanence report in the browser and as PDF (/reports/annual), and the narrative of each section. */
@org.jspecify.annotations.NullMarked
package org.ourpromise.reports.annual;
